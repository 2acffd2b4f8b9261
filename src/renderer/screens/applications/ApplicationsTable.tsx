import { Badge, Text } from '@mantine/core';
import { useNavigate } from 'react-router-dom';
import type { ApplicationRow } from '../../../shared/api';
import type { ApplicationQuery } from '../../../shared/applications/query';
import { APPLICATION_STATE_LABELS } from '../../../shared/applications/workflow';
import { APPLICATION_COLUMNS } from '../../../shared/exports/lists';
import { UNCLIPPED } from '../../components/badgeStyles';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { ListTable, type ListSort } from '../../components/ListTable';

type Sort = ApplicationQuery['sort'];

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

/** Column keys the query sorts by (the same names as its sort columns). */
const SORTABLE: Sort['column'][] = ['serialNo', 'siteName', 'unitName', 'kind', 'state', 'submittedAt'];

/** The applications list of the query screen, the dashboard and the unit detail; headers sort when `onSort` is given. */
export function ApplicationsTable({ rows, sort, onSort, showUnit = true }: { rows: ApplicationRow[]; sort?: Sort; onSort?(sort: Sort): void; showUnit?: boolean }) {
  const navigate = useNavigate();
  return (
    <ListTable
      columns={APPLICATION_COLUMNS}
      rows={rows}
      rowKey={(r) => r.id}
      omit={showUnit ? [] : ['unitName', 'region', 'systemCategory']}
      nowrap={['systemCategory', 'kind', 'state', 'deadline']}
      sortable={SORTABLE}
      sort={sort}
      onSort={onSort ? (s: ListSort) => onSort(s as Sort) : undefined}
      onRowClick={(r) => navigate(`/applications/${r.id}`)}
      rowProps={(r) => ({ 'data-serial': r.serialNo ?? '' })}
      minWidth={showUnit ? 1100 : 720}
      cells={{
        serialNo: (r) =>
          r.serialNo ? (
            <Text span ff="monospace" fz="xs" style={{ whiteSpace: 'nowrap' }}>
              {r.serialNo}
            </Text>
          ) : (
            <Text c="dimmed" size="xs">
              （未提交）
            </Text>
          ),
        siteName: (r) => r.siteName || <Text c="dimmed" size="sm">（未填写）</Text>,
        state: (r) => (
          <Badge color={STATE_COLORS[r.state]} variant="light" styles={UNCLIPPED}>
            {APPLICATION_STATE_LABELS[r.state]}
          </Badge>
        ),
        deadline: (r) => <DeadlineBadge deadline={r.deadline} />,
      }}
    />
  );
}
