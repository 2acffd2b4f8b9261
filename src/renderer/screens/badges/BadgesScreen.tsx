import { Alert, Badge, Button, Group, Pagination, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconCertificate } from '@tabler/icons-react';
import { useState } from 'react';
import type { BadgeView } from '../../../shared/api';
import { APPLICATION_STATE_LABELS, type ApplicationState } from '../../../shared/applications/workflow';
import { BADGE_COLUMNS } from '../../../shared/exports/lists';
import { api } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { UNCLIPPED } from '../../components/badgeStyles';
import { ExportButton } from '../../components/ExportButton';
import { ListTable } from '../../components/ListTable';
import { reportError } from '../../forms/errors';
import { useSession } from '../../session/SessionContext';
import { BadgeDrawer } from './BadgeDrawer';
import { downloadText, snippetText } from './snippetFile';

const PAGE_SIZE = 20;
const FILTERS: { value: string; label: string; states: ApplicationState[] }[] = [
  { value: 'toIssue', label: '待发放', states: ['approved'] },
  { value: 'issued', label: '已发放', states: ['badgeIssued'] },
  { value: 'installed', label: '已挂标', states: ['badgeInstalled', 'listed'] },
  { value: 'revoked', label: '已注销', states: ['revoked'] },
  { value: 'all', label: '全部', states: [] },
];

/** 标识管理: approved sites, issuing their badges (one by one or in a batch), the snippet and 挂标检测. */
export function BadgesScreen() {
  const { hasRole } = useSession();
  const [filter, setFilter] = useState('toIssue');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const [open, setOpen] = useState<BadgeView | null>(null);
  const states = FILTERS.find((f) => f.value === filter)!.states;
  const list = useQuery('badges.list', { states, page, pageSize: PAGE_SIZE });
  const canIssue = hasRole('reviewer');
  const chosenWithCode = (list.data?.rows ?? []).filter((b) => selected.includes(b.applicationId) && b.code);

  const confirmIssue = () =>
    modals.openConfirmModal({
      title: `发放网站标识（${selected.length} 个网站）`,
      children: <Text size="sm">将为所选网站生成标识编号，并通过短信和邮件通知单位挂标（5 个工作日内）。已发放的网站将换发新的编号。</Text>,
      labels: { confirm: '发放', cancel: '取消' },
      onConfirm: () => void issue(),
    });

  const issue = async () => {
    try {
      const { issued } = await api.call('badges.issue', { applicationIds: selected });
      notifications.show({ color: 'green', message: `已为 ${issued.length} 个网站发放标识，并通知单位。` });
      setSelected([]);
      void list.reload();
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>标识管理</Title>
        <Group>
          <SegmentedControl
            data={FILTERS.map(({ value, label }) => ({ value, label }))}
            value={filter}
            onChange={(value) => {
              setFilter(value);
              setPage(1);
              setSelected([]);
            }}
          />
          <ExportButton request={{ list: 'badges', filters: { states } }} />
        </Group>
      </Group>
      {canIssue && (
        <Group>
          <Button leftSection={<IconCertificate size={16} />} disabled={selected.length === 0} onClick={confirmIssue}>
            发放标识{selected.length > 0 && `（${selected.length}）`}
          </Button>
          <Button
            variant="default"
            disabled={!chosenWithCode.length}
            onClick={() => downloadText(`标识代码-${chosenWithCode.length}个网站.txt`, snippetText(chosenWithCode))}
          >
            导出所选网站的标识代码
          </Button>
          <Text size="sm" c="dimmed">
            勾选审核通过的网站后发放；已发放的网站可重新发放新的编号。
          </Text>
        </Group>
      )}
      {list.error && <Alert color="red">{list.error}</Alert>}
      <ListTable<BadgeView>
        columns={BADGE_COLUMNS}
        rows={list.data?.rows ?? []}
        rowKey={(b) => b.applicationId}
        onRowClick={(b: BadgeView) => setOpen(b)}
        selection={canIssue ? { selectable: (b) => b.state === 'approved' || b.state === 'badgeIssued', selected, onChange: setSelected } : undefined}
        nowrap={['state', 'check']}
        empty="没有符合条件的网站。"
        minWidth={1000}
        cells={{
          state: (b) => (
            <Badge variant="light" styles={UNCLIPPED} color={b.state === 'approved' ? 'orange' : b.state === 'revoked' ? 'gray' : 'teal'}>
              {APPLICATION_STATE_LABELS[b.state]}
            </Badge>
          ),
          check: (b) =>
            b.checkSummary ? (
              <Badge variant="light" styles={UNCLIPPED} color={b.checkPassed ? 'green' : 'red'}>
                {b.checkSummary}
              </Badge>
            ) : (
              '—'
            ),
        }}
      />
      {list.data && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            共 {list.data.total} 个网站
          </Text>
          <Pagination total={Math.max(1, Math.ceil(list.data.total / PAGE_SIZE))} value={page} onChange={setPage} />
        </Group>
      )}
      <BadgeDrawer badge={open} onClose={() => setOpen(null)} onChecked={() => void list.reload()} />
    </Stack>
  );
}
