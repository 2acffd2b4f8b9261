import { Table, Text } from '@mantine/core';
import { EVENT_TYPE_LABELS, type EventType } from '../../../shared/events/events';

/** Events of a bundle counted by type, in the words of the 操作日志. */
export function ByTypeTable({ byType }: { byType: Partial<Record<EventType, number>> }) {
  const rows = Object.entries(byType) as [EventType, number][];
  if (rows.length === 0) return <Text size="sm" c="dimmed">没有事件。</Text>;
  return (
    <Table withTableBorder maw={420} data-testid="by-type">
      <Table.Tbody>
        {rows.map(([type, count]) => (
          <Table.Tr key={type}>
            <Table.Td>{EVENT_TYPE_LABELS[type]}</Table.Td>
            <Table.Td ta="right" ff="monospace">
              {count.toLocaleString('zh-CN')}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
