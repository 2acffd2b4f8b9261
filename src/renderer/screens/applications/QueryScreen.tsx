import { Alert, Button, Grid, Group, MultiSelect, Pagination, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { IconRefresh, IconSearch } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { APPLICATION_KIND_LABELS, APPLICATION_KINDS } from '../../../shared/applications/application';
import { APPLICATION_STATE_LABELS, APPLICATION_STATES } from '../../../shared/applications/workflow';
import type { ApplicationQuery, ApplicationQueryInput } from '../../../shared/applications/query';
import { SYSTEM_CATEGORIES, SYSTEM_CATEGORY_LABELS } from '../../../shared/units/unit';
import { useQuery } from '../../api/useQuery';
import { RegionPicker } from '../../forms/RegionPicker';
import { ApplicationsTable } from './ApplicationsTable';
import { ExportButton } from '../../components/ExportButton';
import { useSessionState } from '../../session/useSessionState';

const PAGE_SIZE = 20;

interface Conditions {
  siteName: string;
  serialNo: string;
  dates: DatesRangeValue<string>;
  states: string[];
  kinds: string[];
  systemCategories: string[];
  regionCode: string;
}

const EMPTY: Conditions = { siteName: '', serialNo: '', dates: [null, null], states: [], kinds: [], systemCategories: [], regionCode: '' };
const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((k) => ({ value: k, label: labels[k] }));

/** Local calendar days → the instants the main process compares with: from the first day's start to the day after the last. */
function toQuery(c: Conditions): ApplicationQueryInput {
  const [from, to] = c.dates;
  return {
    siteName: c.siteName.trim(),
    serialNo: c.serialNo.trim(),
    submittedFrom: from ? dayjs(from).startOf('day').toISOString() : null,
    submittedTo: to ? dayjs(to).add(1, 'day').startOf('day').toISOString() : null,
    states: c.states as ApplicationQuery['states'],
    kinds: c.kinds as ApplicationQuery['kinds'],
    systemCategories: c.systemCategories as ApplicationQuery['systemCategories'],
    regionCode: c.regionCode,
  };
}

/** 申请查询 (seed figure 23): conditions, 查询 and 重置; sortable, paginated results; Enter runs the query. */
type Queue = 'all' | 'mine' | 'initialReview' | 'finalReview' | 'overdue';

const QUEUES: { value: Queue; label: string }[] = [
  { value: 'all', label: '全部申请' },
  { value: 'mine', label: '我经办的' },
  { value: 'initialReview', label: '待初审' },
  { value: 'finalReview', label: '待审核' },
  { value: 'overdue', label: '超期未办' },
];

function queueFilter(queue: Queue): Partial<ApplicationQueryInput> {
  if (queue === 'initialReview') return { states: ['submitted'] };
  if (queue === 'finalReview') return { states: ['finalReview'] };
  if (queue === 'overdue') return { overdue: true };
  if (queue === 'mine') return { mine: true };
  return {};
}

export function QueryScreen() {
  // Kept for the session: opening a record and coming back finds the same queue, conditions, order and page.
  const [queue, setQueue] = useSessionState<Queue>('query.queue', 'all');
  const [conditions, setConditions] = useSessionState<Conditions>('query.conditions', EMPTY);
  const [applied, setApplied] = useSessionState<ApplicationQueryInput>('query.applied', toQuery(EMPTY));
  const [sort, setSort] = useSessionState<ApplicationQuery['sort']>('query.sort', { column: 'submittedAt', direction: 'desc' });
  const [page, setPage] = useSessionState('query.page', 1);
  // A queue narrows the conditions (待初审 replaces the state condition).
  const filter = { ...applied, ...queueFilter(queue) };
  const result = useQuery('applications.query', { ...filter, sort, page, pageSize: PAGE_SIZE });
  const set = <K extends keyof Conditions>(key: K) => (value: Conditions[K]) => setConditions({ ...conditions, [key]: value });

  const run = () => {
    setApplied(toQuery(conditions));
    setPage(1);
  };
  const reset = () => {
    setConditions(EMPTY);
    setApplied(toQuery(EMPTY));
    setPage(1);
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>申请查询</Title>
        <Group>
          <SegmentedControl
            data={QUEUES}
            value={queue}
            onChange={(value) => {
              setQueue(value as Queue);
              setPage(1);
            }}
            aria-label="队列"
          />
          <ExportButton request={{ list: 'applications', filters: { ...filter, sort } }} disabled={result.data?.total === 0} />
        </Group>
      </Group>
      <Paper withBorder p="md">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            run();
          }}
        >
          <Grid align="flex-end">
            <Grid.Col span={4}>
              <TextInput label="网站名称" placeholder="名称中的任意文字" value={conditions.siteName} onChange={(e) => set('siteName')(e.currentTarget.value)} />
            </Grid.Col>
            <Grid.Col span={4}>
              <TextInput label="申请序号" placeholder="完整序号或开头部分" value={conditions.serialNo} onChange={(e) => set('serialNo')(e.currentTarget.value)} />
            </Grid.Col>
            <Grid.Col span={4}>
              <DatePickerInput
                type="range"
                label="申请时间"
                placeholder="起 – 止"
                valueFormat="YYYY-MM-DD"
                clearable
                allowSingleDateInRange
                value={conditions.dates}
                onChange={set('dates')}
              />
            </Grid.Col>
            <Grid.Col span={4}>
              <MultiSelect label="状态" placeholder="全部" data={options(APPLICATION_STATES, APPLICATION_STATE_LABELS)} value={conditions.states} onChange={set('states')} clearable />
            </Grid.Col>
            <Grid.Col span={4}>
              <MultiSelect label="申请类型" placeholder="全部" data={options(APPLICATION_KINDS, APPLICATION_KIND_LABELS)} value={conditions.kinds} onChange={set('kinds')} clearable />
            </Grid.Col>
            <Grid.Col span={4}>
              <MultiSelect
                label="系统类别"
                placeholder="全部"
                data={options(SYSTEM_CATEGORIES, SYSTEM_CATEGORY_LABELS)}
                value={conditions.systemCategories}
                onChange={set('systemCategories')}
                clearable
              />
            </Grid.Col>
            <Grid.Col span={9}>
              <RegionPicker label="所属区域" value={conditions.regionCode || null} onChange={(code) => set('regionCode')(code ?? '')} />
            </Grid.Col>
            <Grid.Col span={3}>
              <Group justify="flex-end">
                <Button type="submit" leftSection={<IconSearch size={16} />}>
                  查询
                </Button>
                <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={reset}>
                  重置
                </Button>
              </Group>
            </Grid.Col>
          </Grid>
        </form>
      </Paper>
      {result.error && <Alert color="red">{result.error}</Alert>}
      <ApplicationsTable rows={result.data?.rows ?? []} sort={sort} onSort={(s) => (setSort(s), setPage(1))} />
      {result.data && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed" data-testid="query-total">
            共 {result.data.total} 条
          </Text>
          <Pagination
            total={Math.max(1, Math.ceil(result.data.total / PAGE_SIZE))}
            value={page}
            onChange={(next) => {
              setPage(next);
              window.scrollTo({ top: 0 });
            }}
          />
        </Group>
      )}
    </Stack>
  );
}
