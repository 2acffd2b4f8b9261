import { Alert, Group, Pagination, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { NOTICE_STATE_LABELS, NOTICE_STATES, type NoticeState } from '../../../shared/notices/templates';
import { useQuery } from '../../api/useQuery';
import { ExportButton } from '../../components/ExportButton';
import { NoticesTable } from './NoticesTable';

const PAGE_SIZE = 20;

/** 通知发件箱: notices wait here until a bundle takes them to the online platform, which sends them. */
export function NoticesScreen() {
  const [state, setState] = useState<NoticeState | 'all'>('pending');
  const [page, setPage] = useState(1);
  const notices = useQuery('notices.list', { state: state === 'all' ? null : state, applicationId: null, page, pageSize: PAGE_SIZE });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>通知发件箱</Title>
        <Group>
          <ExportButton request={{ list: 'notices', filters: { state: state === 'all' ? null : state, applicationId: null } }} />
          <SegmentedControl
            value={state}
            onChange={(value) => {
              setState(value as NoticeState | 'all');
              setPage(1);
            }}
            data={[...NOTICE_STATES.map((s) => ({ value: s, label: NOTICE_STATE_LABELS[s] })), { value: 'all', label: '全部' }]}
          />
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        工作站不直接发送短信或邮件：通知随同步包交给在线平台（平台确认收到后为“平台已收到”），平台发出后回传回执，状态变为“已发送”。
      </Text>
      {notices.error && <Alert color="red">{notices.error}</Alert>}
      <NoticesTable rows={notices.data?.rows ?? []} />
      {notices.data && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed" data-testid="notices-total">
            共 {notices.data.total} 条
          </Text>
          <Pagination total={Math.max(1, Math.ceil(notices.data.total / PAGE_SIZE))} value={page} onChange={setPage} />
        </Group>
      )}
    </Stack>
  );
}
