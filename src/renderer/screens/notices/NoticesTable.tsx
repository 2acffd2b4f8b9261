import { Anchor, Badge, Spoiler, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { NoticeView } from '../../../shared/api';
import { NOTICE_CHANNEL_LABELS, NOTICE_STATE_LABELS, NOTICE_TRIGGER_LABELS } from '../../../shared/notices/templates';
import { EmptyRow } from '../../components/EmptyRow';
import { formatDateTime } from '../../format';

const STATE_COLORS = { pending: 'yellow', exported: 'blue', sent: 'green' } as const;

export function NoticesTable({ rows, showApplication = true }: { rows: NoticeView[]; showApplication?: boolean }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={140}>进入发件箱</Table.Th>
            {showApplication && <Table.Th>申请</Table.Th>}
            <Table.Th w={150}>事由</Table.Th>
            <Table.Th w={60}>渠道</Table.Th>
            <Table.Th w={170}>收件人</Table.Th>
            <Table.Th>内容</Table.Th>
            <Table.Th w={80}>状态</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && <EmptyRow columns={showApplication ? 7 : 6} text="发件箱中没有通知。" />}
          {rows.map((n) => (
            <Table.Tr key={n.id} data-channel={n.channel}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(n.queuedAt)}</Table.Td>
              {showApplication && (
                <Table.Td>
                  <Anchor component={Link} to={`/applications/${n.applicationId}`} size="sm">
                    {n.unitName}
                  </Anchor>
                  <Text size="xs" ff="monospace" c="dimmed">
                    {n.serialNo}
                  </Text>
                </Table.Td>
              )}
              <Table.Td>{NOTICE_TRIGGER_LABELS[n.trigger]}</Table.Td>
              <Table.Td>{NOTICE_CHANNEL_LABELS[n.channel]}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-all' }}>{n.recipient}</Table.Td>
              <Table.Td>
                <Spoiler maxHeight={44} showLabel="展开" hideLabel="收起">
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {n.text}
                  </Text>
                </Spoiler>
              </Table.Td>
              <Table.Td>
                <Badge color={STATE_COLORS[n.state]} variant="light">
                  {NOTICE_STATE_LABELS[n.state]}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
