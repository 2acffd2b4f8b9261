import { Badge, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useNavigate } from 'react-router-dom';
import type { ApplicationRow } from '../../../shared/api';
import { APPLICATION_KIND_LABELS } from '../../../shared/applications/application';
import { APPLICATION_STATE_LABELS } from '../../../shared/applications/workflow';
import type { ApplicationQuery } from '../../../shared/applications/query';
import { SYSTEM_CATEGORY_LABELS } from '../../../shared/units/unit';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { EmptyRow } from '../../components/EmptyRow';
import { formatDateTime, formatRegion } from '../../format';

type Sort = ApplicationQuery['sort'];

const NOWRAP = { whiteSpace: 'nowrap' } as const;

const STATE_COLORS: Record<ApplicationRow['state'], string> = {
  draft: 'gray',
  submitted: 'blue',
  initialRejected: 'orange',
  awaitingPaper: 'cyan',
  supplementRequested: 'yellow',
  finalReview: 'indigo',
  approved: 'green',
  refused: 'red',
  badgeIssued: 'teal',
  badgeInstalled: 'teal',
  listed: 'green',
  withdrawn: 'gray',
  revoked: 'dark',
};

/** The applications list of the query screen and the unit detail; column headers sort when `onSort` is given. */
export function ApplicationsTable({ rows, sort, onSort, showUnit = true }: { rows: ApplicationRow[]; sort?: Sort; onSort?(sort: Sort): void; showUnit?: boolean }) {
  const navigate = useNavigate();
  const header = (label: string, column?: Sort['column']) => {
    if (!column || !onSort || !sort) return <Table.Th>{label}</Table.Th>;
    const active = sort.column === column;
    const Icon = !active ? IconSelector : sort.direction === 'asc' ? IconChevronUp : IconChevronDown;
    return (
      <Table.Th style={NOWRAP}>
        <UnstyledButton
          onClick={() => onSort({ column, direction: active && sort.direction === 'desc' ? 'asc' : 'desc' })}
          style={{ display: 'inline-flex', alignItems: 'center', gap: 4, fontWeight: 700 }}
          aria-label={`按${label}排序`}
        >
          {label}
          <Icon size={14} />
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <Table.ScrollContainer minWidth={showUnit ? 1100 : 720}>
    <Table striped highlightOnHover withTableBorder>
      <Table.Thead>
        <Table.Tr>
          {header('申请序号', 'serialNo')}
          {header('网站名称', 'siteName')}
          {showUnit && header('开办主体', 'unitName')}
          {showUnit && header('所属区域')}
          {showUnit && header('系统类别')}
          {header('申请类型', 'kind')}
          {header('状态', 'state')}
          {header('申请时间', 'submittedAt')}
          {header('办理时限')}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.length === 0 && <EmptyRow columns={showUnit ? 9 : 6} />}
        {rows.map((r) => (
          <Table.Tr key={r.id} style={{ cursor: 'pointer' }} onClick={() => navigate(`/applications/${r.id}`)} data-serial={r.serialNo ?? ''}>
            <Table.Td ff="monospace" fz="xs" style={NOWRAP}>
              {r.serialNo ?? <Text c="dimmed" size="xs">（未提交）</Text>}
              {r.version > 1 && <Text span size="xs" c="dimmed"> 第{r.version}版</Text>}
            </Table.Td>
            <Table.Td>{r.siteName || <Text c="dimmed" size="sm">（未填写）</Text>}</Table.Td>
            {showUnit && <Table.Td>{r.unitName}</Table.Td>}
            {showUnit && <Table.Td style={{ wordBreak: 'keep-all' }}>{formatRegion(r.regionCode)}</Table.Td>}
            {showUnit && <Table.Td style={NOWRAP}>{SYSTEM_CATEGORY_LABELS[r.systemCategory]}</Table.Td>}
            <Table.Td style={NOWRAP}>{r.kind ? APPLICATION_KIND_LABELS[r.kind] : '—'}</Table.Td>
            <Table.Td style={NOWRAP}>
              <Badge color={STATE_COLORS[r.state]} variant="light" style={{ overflow: 'visible' }}>
                {APPLICATION_STATE_LABELS[r.state]}
              </Badge>
            </Table.Td>
            <Table.Td style={NOWRAP}>{formatDateTime(r.submittedAt)}</Table.Td>
            <Table.Td style={NOWRAP}>
              <DeadlineBadge deadline={r.deadline} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
    </Table.ScrollContainer>
  );
}
