import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { PaperCheckinView } from '../../../shared/api';
import { PAPER_CHANNEL_LABELS } from '../../../shared/paper/checkin';
import { formatDateTime } from '../../format';

/** 书面材料登记记录: when, which application, how it came, and whether it was complete. */
export function CheckinsTable({ rows, showApplication = true }: { rows: PaperCheckinView[]; showApplication?: boolean }) {
  if (rows.length === 0) return <Text c="dimmed">暂无登记记录。</Text>;
  return (
    <Table striped withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>登记时间</Table.Th>
          {showApplication && <Table.Th>申请序号</Table.Th>}
          {showApplication && <Table.Th>网站名称</Table.Th>}
          <Table.Th>收到日期</Table.Th>
          <Table.Th>报送方式</Table.Th>
          <Table.Th>结果</Table.Th>
          <Table.Th>登记人</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((c) => (
          <Table.Tr key={c.eventId}>
            <Table.Td>{formatDateTime(c.checkedInAt)}</Table.Td>
            {showApplication && (
              <Table.Td ff="monospace">
                <Anchor component={Link} to={`/applications/${c.applicationId}`} size="sm">
                  {c.serialNo}
                </Anchor>
              </Table.Td>
            )}
            {showApplication && <Table.Td>{c.siteName}</Table.Td>}
            <Table.Td>{c.receivedOn}</Table.Td>
            <Table.Td>
              {PAPER_CHANNEL_LABELS[c.channel]}
              {c.trackingNo && `（${c.trackingNo}）`}
            </Table.Td>
            <Table.Td>
              {c.complete ? (
                <Badge color="green" variant="light">
                  齐全
                </Badge>
              ) : (
                <Badge color="orange" variant="light" title={c.items.filter((i) => !i.present).map((i) => i.label).join('；')}>
                  补正（缺 {c.items.filter((i) => !i.present).length} 项）
                </Badge>
              )}
            </Table.Td>
            <Table.Td>{c.checkedInBy}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
