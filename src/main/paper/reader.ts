import type Database from 'better-sqlite3';
import type { Page, PaperCheckinView } from '../../shared/api/types';
import { actorName, userNames } from '../audit/describe';

const COLUMNS = `p.event_id AS eventId, p.application_id AS applicationId, a.serial_no AS serialNo, a.unit_name AS unitName,
  a.site_name AS siteName, p.version, p.received_on AS receivedOn, p.channel, p.tracking_no AS trackingNo, p.note,
  p.items, p.complete, p.checked_in_at AS checkedInAt, p.checked_in_by AS checkedInBy`;

type Row = Omit<PaperCheckinView, 'items' | 'complete'> & { items: string; complete: number };

/** Check-ins of one application (oldest first), or the whole log (newest first). */
export class PaperReader {
  constructor(private readonly sqlite: Database.Database) {}

  ofApplication(applicationId: string): PaperCheckinView[] {
    const rows = this.sqlite
      .prepare(`SELECT ${COLUMNS} FROM paper_checkins p JOIN applications a ON a.id = p.application_id WHERE p.application_id = ? ORDER BY p.checked_in_at`)
      .all(applicationId) as Row[];
    return this.views(rows);
  }

  log(filter: { page: number; pageSize: number }): Page<PaperCheckinView> {
    const total = this.sqlite.prepare('SELECT count(*) FROM paper_checkins').pluck().get() as number;
    const rows = this.sqlite
      .prepare(`SELECT ${COLUMNS} FROM paper_checkins p JOIN applications a ON a.id = p.application_id ORDER BY p.checked_in_at DESC, p.event_id LIMIT ? OFFSET ?`)
      .all(filter.pageSize, (filter.page - 1) * filter.pageSize) as Row[];
    return { rows: this.views(rows), total };
  }

  private views(rows: Row[]): PaperCheckinView[] {
    const names = userNames(this.sqlite);
    return rows.map((r) => ({ ...r, items: JSON.parse(r.items) as PaperCheckinView['items'], complete: r.complete === 1, checkedInBy: actorName(names, r.checkedInBy) }));
  }
}
