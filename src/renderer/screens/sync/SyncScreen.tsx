import { Alert, Badge, Stack, Tabs, Text, Title } from '@mantine/core';
import { BUNDLE_HISTORY_COLUMNS, PARKED_EVENT_COLUMNS } from '../../../shared/sync/lists';
import { useQuery } from '../../api/useQuery';
import { ListTable } from '../../components/ListTable';
import { useSessionState } from '../../session/useSessionState';
import { ConflictsPanel } from './ConflictsPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { PeersCard } from './PeersCard';

/** 数据同步 (admin): bundles to and from the other workstations and the online platform, carried on USB. */
export function SyncScreen() {
  const [tab, setTab] = useSessionState<string>('sync-tab', 'export');
  const history = useQuery('sync.history', {});
  const conflicts = useQuery('sync.conflicts', {});
  const parked = useQuery('sync.parked', {});
  const open = (conflicts.data ?? []).filter((c) => !c.resolvedAt).length;
  const refresh = () => {
    void history.reload();
    void conflicts.reload();
    void parked.reload();
  };

  return (
    <Stack>
      <Title order={2}>数据同步</Title>
      <Text size="sm" c="dimmed">
        同步包经签名和加密，用 U 盘或网闸在工作站之间、与在线平台之间交换；只有指定的同步对象能打开，任何改动都会被发现。
      </Text>
      <Tabs value={tab} onChange={(value) => setTab(value ?? 'export')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="export">导出</Tabs.Tab>
          <Tabs.Tab value="import">导入</Tabs.Tab>
          <Tabs.Tab value="history">同步记录</Tabs.Tab>
          <Tabs.Tab value="conflicts" rightSection={open > 0 ? <Badge size="xs" color="red" circle>{open}</Badge> : null}>
            冲突
          </Tabs.Tab>
          <Tabs.Tab value="parked">暂存事件</Tabs.Tab>
          <Tabs.Tab value="peers">同步对象</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="export" pt="md">
          <ExportPanel onDone={refresh} />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="md">
          <ImportPanel onDone={refresh} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          {history.error && <Alert color="red">{history.error}</Alert>}
          <ListTable columns={BUNDLE_HISTORY_COLUMNS} rows={history.data ?? []} rowKey={(r) => String(r.id)} nowrap={['direction', 'result', 'peer', 'bytes', 'actor']} empty="尚无同步记录。" minWidth={1100} />
        </Tabs.Panel>
        <Tabs.Panel value="conflicts" pt="md">
          <ConflictsPanel conflicts={conflicts} onChange={refresh} />
        </Tabs.Panel>
        <Tabs.Panel value="parked" pt="md">
          <Stack>
            <Text size="sm" c="dimmed">
              同步包中类型或格式较新的事件，本程序暂不能处理，先原样保存；升级程序后自动处理。
            </Text>
            <ListTable columns={PARKED_EVENT_COLUMNS} rows={parked.data ?? []} rowKey={(r) => r.id} empty="没有暂存的事件。" minWidth={700} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="peers" pt="md">
          <PeersCard />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
