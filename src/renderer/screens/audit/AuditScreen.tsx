import { Alert, Button, Grid, Group, MultiSelect, Pagination, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconShieldCheck } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ChainCheck } from '../../../shared/api';
import { auditQuerySchema } from '../../../shared/audit/query';
import { EVENT_TYPE_LABELS, type EventType } from '../../../shared/events/events';
import { api } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { EmptyRow } from '../../components/EmptyRow';
import { reportError } from '../../forms/errors';
import { formatDateTime } from '../../format';

const PAGE_SIZE = 50;
const TYPE_OPTIONS = Object.entries(EVENT_TYPE_LABELS).map(([value, label]) => ({ value, label }));

/** 操作日志 (admin): the journal as who did what and when; chain check; CSV export. */
export function AuditScreen() {
  const users = useQuery('users.list', {});
  const [actor, setActor] = useState<string | null>(null);
  const [types, setTypes] = useState<string[]>([]);
  const [serialNo, setSerialNo] = useState('');
  const [dates, setDates] = useState<DatesRangeValue<string>>([null, null]);
  const [page, setPage] = useState(1);
  const [chain, setChain] = useState<ChainCheck | null>(null);

  const filter = {
    actor,
    types: types as EventType[],
    serialNo,
    from: dates[0] ? dayjs(dates[0]).startOf('day').toISOString() : null,
    to: dates[1] ? dayjs(dates[1]).add(1, 'day').startOf('day').toISOString() : null,
  };
  const log = useQuery('audit.list', { ...filter, page, pageSize: PAGE_SIZE });
  const set = <T,>(setter: (v: T) => void) => (v: T) => {
    setter(v);
    setPage(1);
  };

  const exportCsv = async () => {
    try {
      const { content, rows, truncated } = await api.call('audit.exportCsv', auditQuerySchema.parse(filter));
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([content], { type: 'text/csv;charset=utf-8' }));
      link.download = `操作日志-${dayjs().format('YYYYMMDD-HHmm')}.csv`;
      link.click();
      URL.revokeObjectURL(link.href);
      notifications.show({ color: 'green', message: `已导出 ${rows} 条${truncated ? '（超过上限，只导出了最早的部分，请缩小筛选范围）' : ''}。` });
    } catch (error) {
      reportError(error);
    }
  };

  const verify = async () => {
    try {
      setChain(await api.call('audit.verify', {}));
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>操作日志</Title>
        <Group>
          <Button variant="default" leftSection={<IconShieldCheck size={16} />} onClick={() => void verify()}>
            校验日志链
          </Button>
          <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void exportCsv()}>
            导出 CSV
          </Button>
        </Group>
      </Group>
      {chain && (
        <Alert color={chain.ok ? 'green' : 'red'} title={chain.ok ? '日志链完整' : '日志链被破坏'} withCloseButton onClose={() => setChain(null)}>
          {chain.ok
            ? `${chain.workstations} 个工作站的 ${chain.events} 条事件逐条核对无误。`
            : chain.breaks.map((b) => `工作站 ${b.workstationId} 第 ${b.seq} 条事件（${b.eventId}）：${b.reason}`).join('；')}
        </Alert>
      )}
      <Paper withBorder p="md">
        <Grid align="flex-end">
          <Grid.Col span={3}>
            <Select
              label="操作人"
              placeholder="全部"
              clearable
              searchable
              data={(users.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))}
              value={actor}
              onChange={set(setActor)}
            />
          </Grid.Col>
          <Grid.Col span={3}>
            <MultiSelect label="操作" placeholder="全部" clearable searchable data={TYPE_OPTIONS} value={types} onChange={set(setTypes)} />
          </Grid.Col>
          <Grid.Col span={3}>
            <TextInput label="申请序号" placeholder="完整序号" value={serialNo} onChange={(e) => set(setSerialNo)(e.currentTarget.value)} />
          </Grid.Col>
          <Grid.Col span={3}>
            <DatePickerInput type="range" label="时间" placeholder="起 – 止" clearable allowSingleDateInRange valueFormat="YYYY-MM-DD" value={dates} onChange={set(setDates)} />
          </Grid.Col>
        </Grid>
      </Paper>
      {log.error && <Alert color="red">{log.error}</Alert>}
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>时间</Table.Th>
            <Table.Th w={120}>操作人</Table.Th>
            <Table.Th w={130}>操作</Table.Th>
            <Table.Th>内容</Table.Th>
            <Table.Th w={150}>工作站 · 序号</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {log.data?.rows.length === 0 && <EmptyRow columns={5} />}
          {(log.data?.rows ?? []).map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
              <Table.Td>{e.actor}</Table.Td>
              <Table.Td>{e.typeLabel}</Table.Td>
              <Table.Td>
                {e.summary}
                {e.serialNo && (
                  <Text size="xs" c="dimmed" ff="monospace">
                    {e.serialNo}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ff="monospace" fz="xs">
                {e.workstationId.slice(0, 8)} · {e.seq}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {log.data && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            共 {log.data.total} 条
          </Text>
          <Pagination total={Math.max(1, Math.ceil(log.data.total / PAGE_SIZE))} value={page} onChange={setPage} />
        </Group>
      )}
    </Stack>
  );
}
