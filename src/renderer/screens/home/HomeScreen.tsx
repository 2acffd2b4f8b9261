import { Alert, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { regionPath } from '../../../shared/regions/regions';
import { ROLE_LABELS } from '../../../shared/roles';
import { useQuery } from '../../api/useQuery';
import { useSession } from '../../session/SessionContext';
import { Dashboard } from './Dashboard';

const HOST_LABELS = { electron: '桌面程序', 'browser-shell': '浏览器模式', cli: '命令行' } as const;

/** 工作台: who is signed in, on which workstation, and the facts an admin asks for on the phone. */
export function HomeScreen() {
  const { session, hasRole } = useSession();
  const info = useQuery('system.info', {});
  if (!session) return null;
  const reads = hasRole('reviewer', 'clerk', 'admin');

  return (
    <Stack>
      <Title order={2}>您好，{session.user.displayName}</Title>
      <Group gap="xs">
        <Text size="sm">当前角色：</Text>
        {session.user.roles.map((role) => (
          <Badge key={role} variant="light">
            {ROLE_LABELS[role]}
          </Badge>
        ))}
      </Group>
      {reads && <Dashboard />}
      {info.error && <Alert color="red">{info.error}</Alert>}
      {info.data && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Card withBorder>
            <Title order={4} mb="sm">
              本工作站
            </Title>
            <Table>
              <Table.Tbody>
                <Row label="名称" value={info.data.workstationName} />
                <Row label="管辖区域" value={regionPath(info.data.regionCode)} />
                <Row label="工作站编号" value={info.data.workstationId} />
                <Row label="运行方式" value={HOST_LABELS[info.data.host]} />
                <Row label="程序版本" value={info.data.appVersion} />
              </Table.Tbody>
            </Table>
          </Card>
          <Card withBorder>
            <Title order={4} mb="sm">
              数据
            </Title>
            <Table>
              <Table.Tbody>
                <Row label="数据目录" value={info.data.dataDir} />
                <Row label="数据库结构版本" value={String(info.data.schemaMigrations)} />
                <Row label="日志事件数" value={String(info.data.eventCount)} />
              </Table.Tbody>
            </Table>
          </Card>
        </SimpleGrid>
      )}
      <Text size="sm" c="dimmed">
        按 Shift+? 查看键盘快捷键。
      </Text>
    </Stack>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <Table.Tr>
      <Table.Th w={140}>{label}</Table.Th>
      <Table.Td style={{ wordBreak: 'break-all' }}>{value}</Table.Td>
    </Table.Tr>
  );
}
