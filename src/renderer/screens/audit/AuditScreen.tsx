import { Alert, Button, Grid, Group, MultiSelect, Pagination, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { IconShieldCheck } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { ChainCheck } from '../../../shared/api';
import { AUDIT_COLUMNS } from '../../../shared/exports/lists';
import { ExportButton } from '../../components/ExportButton';
import { ListTable } from '../../components/ListTable';
import { EVENT_TYPE_LABELS, type EventType } from '../../../shared/events/events';
import { api } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { reportError } from '../../forms/errors';

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
          <ExportButton request={{ list: 'audit', filters: filter }} />
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
      <ListTable columns={AUDIT_COLUMNS} rows={log.data?.rows ?? []} rowKey={(e) => e.id} omit={['id']} minWidth={1000} />
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
