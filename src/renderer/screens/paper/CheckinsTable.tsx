import { Anchor, Badge } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { PaperCheckinView } from '../../../shared/api';
import { CHECKIN_COLUMNS } from '../../../shared/exports/lists';
import { UNCLIPPED } from '../../components/badgeStyles';
import { ListTable } from '../../components/ListTable';

/** 书面材料登记记录: when, which application, how it came, and whether it was complete. */
export function CheckinsTable({ rows, showApplication = true }: { rows: PaperCheckinView[]; showApplication?: boolean }) {
  return (
    <ListTable
      columns={CHECKIN_COLUMNS}
      rows={rows}
      rowKey={(c) => c.eventId}
      omit={showApplication ? [] : ['serialNo', 'siteName']}
      nowrap={['result', 'checkedInBy']}
      empty="暂无登记记录。"
      minWidth={showApplication ? 900 : 600}
      cells={{
        serialNo: (c) => (
          <Anchor component={Link} to={`/applications/${c.applicationId}`} size="xs" ff="monospace">
            {c.serialNo}
          </Anchor>
        ),
        result: (c) =>
          c.complete ? (
            <Badge color="green" variant="light" styles={UNCLIPPED}>
              齐全
            </Badge>
          ) : (
            <Badge color="orange" variant="light" styles={UNCLIPPED} title={c.items.filter((i) => !i.present).map((i) => i.label).join('；')}>
              补正（缺 {c.items.filter((i) => !i.present).length} 项）
            </Badge>
          ),
      }}
    />
  );
}
