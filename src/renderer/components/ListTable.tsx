import { Checkbox, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ListColumn } from '../../shared/exports/lists';
import { formatDateTime } from '../format';
import { EmptyRow } from './EmptyRow';

export interface ListSort {
  column: string;
  direction: 'asc' | 'desc';
}

interface Props<Row> {
  /** The list's columns as declared in src/shared/exports/lists.ts: the same headers the export writes. */
  columns: ListColumn<Row>[];
  rows: Row[];
  rowKey(row: Row): string;
  /** Cells drawn differently from the exported value (badges, links); the others show the value as text. */
  cells?: Partial<Record<string, (row: Row) => ReactNode>>;
  omit?: string[];
  /** Columns kept on one line (badges, short labels); codes, numbers and times always are. */
  nowrap?: string[];
  /** Columns whose header sorts the list, by column key. */
  sortable?: string[];
  sort?: ListSort;
  onSort?(sort: ListSort): void;
  onRowClick?(row: Row): void;
  rowProps?(row: Row): Record<string, string>;
  /** Row selection for batch actions: which rows may be picked, the picked keys, and the change. */
  selection?: { selectable(row: Row): boolean; selected: string[]; onChange(keys: string[]): void };
  empty?: string;
  minWidth?: number;
}

const NOWRAP = { whiteSpace: 'nowrap' } as const;

function plain<Row>(column: ListColumn<Row>, row: Row): ReactNode {
  const value = column.value(row);
  if (value === null || value === '') return <Text span c="dimmed" size="sm">—</Text>;
  if (column.type === 'datetime') return <span style={NOWRAP}>{formatDateTime(String(value))}</span>;
  if (column.type === 'code') return <Text span ff="monospace" fz="xs" style={NOWRAP}>{value}</Text>;
  return value;
}

/** Every list screen's table: columns from the shared list definition, optional sorting, row click and custom cells. */
export function ListTable<Row>({ columns, rows, rowKey, cells = {}, omit = [], nowrap = [], sortable = [], sort, onSort, onRowClick, rowProps, selection, empty, minWidth = 800 }: Props<Row>) {
  const shown = columns.filter((c) => !omit.includes(c.key));
  const pickable = selection ? rows.filter(selection.selectable).map(rowKey) : [];
  const allPicked = pickable.length > 0 && pickable.every((key) => selection!.selected.includes(key));
  const toggle = (key: string) =>
    selection!.onChange(selection!.selected.includes(key) ? selection!.selected.filter((k) => k !== key) : [...selection!.selected, key]);
  const header = (column: ListColumn<Row>) => {
    if (!onSort || !sort || !sortable.includes(column.key)) return <Table.Th key={column.key} style={NOWRAP}>{column.header}</Table.Th>;
    const active = sort.column === column.key;
    const Icon = !active ? IconSelector : sort.direction === 'asc' ? IconChevronUp : IconChevronDown;
    return (
      <Table.Th key={column.key} style={NOWRAP}>
        <UnstyledButton
          onClick={() => onSort({ column: column.key, direction: active && sort.direction === 'desc' ? 'asc' : 'desc' })}
          style={{ display: 'inline-flex', alignItems: 'center', gap: 4, fontWeight: 700 }}
          aria-label={`按${column.header}排序`}
        >
          {column.header}
          <Icon size={14} />
        </UnstyledButton>
      </Table.Th>
    );
  };
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover={!!onRowClick} withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            {selection && (
              <Table.Th w={36}>
                <Checkbox aria-label="全选" checked={allPicked} disabled={pickable.length === 0} onChange={() => selection.onChange(allPicked ? [] : pickable)} />
              </Table.Th>
            )}
            {shown.map(header)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && <EmptyRow columns={shown.length + (selection ? 1 : 0)} text={empty} />}
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)} style={onRowClick ? { cursor: 'pointer' } : undefined} onClick={onRowClick ? () => onRowClick(row) : undefined} {...rowProps?.(row)}>
              {selection && (
                <Table.Td onClick={(e) => e.stopPropagation()}>
                  <Checkbox aria-label={`选择 ${rowKey(row)}`} disabled={!selection.selectable(row)} checked={selection.selected.includes(rowKey(row))} onChange={() => toggle(rowKey(row))} />
                </Table.Td>
              )}
              {shown.map((column) => (
                <Table.Td key={column.key} style={column.type !== 'text' || nowrap.includes(column.key) ? NOWRAP : undefined}>
                  {cells[column.key] ? cells[column.key]!(row) : plain(column, row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
