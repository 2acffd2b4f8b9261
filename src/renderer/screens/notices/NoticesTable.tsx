import { Anchor, Badge, Spoiler, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { NoticeView } from '../../../shared/api';
import { NOTICE_COLUMNS } from '../../../shared/exports/lists';
import { NOTICE_STATE_LABELS } from '../../../shared/notices/templates';
import { UNCLIPPED } from '../../components/badgeStyles';
import { ListTable } from '../../components/ListTable';

const STATE_COLORS = { pending: 'yellow', exported: 'blue', sent: 'green' } as const;

export function NoticesTable({ rows, showApplication = true }: { rows: NoticeView[]; showApplication?: boolean }) {
  return (
    <ListTable
      columns={NOTICE_COLUMNS}
      rows={rows}
      rowKey={(n) => n.id}
      omit={showApplication ? [] : ['serialNo', 'unitName']}
      rowProps={(n) => ({ 'data-channel': n.channel })}
      nowrap={['trigger', 'channel', 'state']}
      empty="发件箱中没有通知。"
      minWidth={900}
      cells={{
        serialNo: (n) => (
          <Anchor component={Link} to={`/applications/${n.applicationId}`} size="xs" ff="monospace">
            {n.serialNo}
          </Anchor>
        ),
        recipient: (n) => <Text size="sm" style={{ wordBreak: 'break-all' }}>{n.recipient}</Text>,
        text: (n) => (
          <Spoiler maxHeight={44} showLabel="展开" hideLabel="收起">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {n.text}
            </Text>
          </Spoiler>
        ),
        state: (n) => (
          <Badge color={STATE_COLORS[n.state]} variant="light" styles={UNCLIPPED}>
            {NOTICE_STATE_LABELS[n.state]}
          </Badge>
        ),
      }}
    />
  );
}
