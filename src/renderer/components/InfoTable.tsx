import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** Label → value rows, as the online platform's read-only sections show them. */
export function InfoTable({ rows, labelWidth = 160 }: { rows: [label: string, value: ReactNode][]; labelWidth?: number }) {
  return (
    <Table withRowBorders={false} verticalSpacing={6}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={labelWidth} c="dimmed" fw={500} style={{ verticalAlign: 'top' }}>
              {label}
            </Table.Th>
            <Table.Td style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{value || '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
