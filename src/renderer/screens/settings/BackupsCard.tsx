import { Badge, Button, Card, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useState } from 'react';
import { api } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { EmptyRow } from '../../components/EmptyRow';
import { reportError } from '../../forms/errors';
import { formatDateTime } from '../../format';

/** 备份: daily automatic backups and backups on demand, in the data directory's backups folder. */
export function BackupsCard() {
  const backups = useQuery('system.backups', {});
  const [busy, setBusy] = useState(false);
  const backupNow = async () => {
    setBusy(true);
    try {
      const made = await api.call('system.backupNow', {});
      notifications.show({ color: 'green', message: `已备份到 ${made.path}` });
      void backups.reload();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={4}>备份</Title>
          <Button size="xs" leftSection={<IconDatabaseExport size={14} />} loading={busy} onClick={() => void backupNow()}>
            立即备份
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          工作站每天自动备份一次，保留最近 14 份。请定期把备份连同 keys 目录复制到移动介质上保存。恢复备份须关闭工作站程序，由管理员在命令行运行{' '}
          <Code>npm run cli -- restore 备份文件</Code>（先校验备份，并把当前数据库另存）。
        </Text>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>文件</Table.Th>
              <Table.Th w={90}>方式</Table.Th>
              <Table.Th w={100} ta="right">
                大小
              </Table.Th>
              <Table.Th w={150}>时间</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.data?.length === 0 && <EmptyRow columns={4} text="还没有备份。" />}
            {(backups.data ?? []).slice(0, 20).map((b) => (
              <Table.Tr key={b.path}>
                <Table.Td ff="monospace" fz="xs" style={{ wordBreak: 'break-all' }}>
                  {b.path}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={b.automatic ? 'gray' : 'blue'}>
                    {b.automatic ? '自动' : '手动'}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">{(b.bytes / 1024 / 1024).toFixed(1)} MB</Table.Td>
                <Table.Td>{formatDateTime(b.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}
