import { Table, Text } from '@mantine/core';

/** What an empty result says, instead of a bare header. */
export function EmptyRow({ columns, text = '没有符合条件的记录。' }: { columns: number; text?: string }) {
  return (
    <Table.Tr>
      <Table.Td colSpan={columns}>
        <Text c="dimmed" ta="center" py="lg">
          {text}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
