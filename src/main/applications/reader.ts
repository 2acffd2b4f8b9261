import type Database from 'better-sqlite3';
import type { ApplicationRow, Page } from '../../shared/api/types';
import type { ApplicationQuery } from '../../shared/applications/query';
import type { Duplicates } from '../../shared/applications/checks';
import type { DeadlinesService } from '../deadlines/service';
import { escapeLike } from '../query/like';
import { regionPrefixGlob } from '../query/region';

const ROW_COLUMNS = `id, serial_no AS serialNo, unit_id AS unitId, unit_name AS unitName, region_code AS regionCode,
  system_category AS systemCategory, state, kind, version, site_name AS siteName, cn_domain AS cnDomain,
  submitted_at AS submittedAt, last_submitted_at AS lastSubmittedAt, state_since AS stateSince, updated_at AS updatedAt`;

/** Rows read per query while exporting. */
const EXPORT_CHUNK = 2000;

/** Sortable columns of the query screen → SQL (a fixed list: user input never reaches ORDER BY as text). */
const SORT_COLUMNS: Record<ApplicationQuery['sort']['column'], string> = {
  submittedAt: 'submitted_at',
  serialNo: 'serial_no',
  siteName: 'site_name',
  unitName: 'unit_name',
  state: 'state',
  kind: 'kind',
};

/**
 * Reads of the applications projection for lists and checks: plain SQL with prepared statements, so the query
 * screen's filters map onto indexes (see the benchmark `npm run bench -- query`).
 */
export class ApplicationsReader {
  private readonly statements;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly deadlines: DeadlinesService,
  ) {
    this.statements = {
      ofUnit: sqlite.prepare(`SELECT ${ROW_COLUMNS} FROM applications WHERE unit_id = ? ORDER BY created_at DESC`),
      byIds: sqlite.prepare(`SELECT ${ROW_COLUMNS} FROM applications WHERE id IN (SELECT value FROM json_each(?))`),
      sameCnDomain: sqlite.prepare(
        `SELECT unit_name AS unitName, serial_no AS serialNo FROM applications WHERE cn_domain_ascii = ? AND id <> ? AND unit_id <> ? LIMIT 10`,
      ),
      sameEnDomain: sqlite.prepare(
        `SELECT unit_name AS unitName, serial_no AS serialNo FROM applications WHERE en_domain = ? AND id <> ? AND unit_id <> ? LIMIT 10`,
      ),
      sameSiteName: sqlite.prepare(
        `SELECT unit_name AS unitName, serial_no AS serialNo FROM applications WHERE site_name = ? AND id <> ? AND unit_id <> ? LIMIT 10`,
      ),
    };
  }

  ofUnit(unitId: string): ApplicationRow[] {
    return this.deadlines.withDeadlines(this.statements.ofUnit.all(unitId) as ApplicationRow[]);
  }

  /**
   * Other units' applications holding the same Chinese domain, English domain or site name. The unit's own earlier
   * applications (a 资格复核 or 信息变更 of the same site) are no clash.
   */
  duplicates(
    applicationId: string | null,
    unitId: string,
    names: { cnDomainAscii: string; enDomain: string; siteName: string },
  ): Duplicates {
    const describe = (rows: unknown[]) =>
      (rows as { unitName: string; serialNo: string | null }[]).map(
        (r) => `${r.unitName}${r.serialNo ? `（${r.serialNo}）` : '（草稿）'}`,
      );
    const self = applicationId ?? '';
    return {
      cnDomain: names.cnDomainAscii ? describe(this.statements.sameCnDomain.all(names.cnDomainAscii, self, unitId)) : [],
      enDomain: names.enDomain ? describe(this.statements.sameEnDomain.all(names.enDomain, self, unitId)) : [],
      siteName: names.siteName.trim() ? describe(this.statements.sameSiteName.all(names.siteName.trim(), self, unitId)) : [],
    };
  }

  /** `userId` is the caller, for the 我经办的 queue. */
  query(query: ApplicationQuery, userId: string | null = null): Page<ApplicationRow> {
    const { clause, params, order } = this.sql(query, userId);
    const total = this.sqlite.prepare(`SELECT count(*) FROM applications ${clause}`).pluck().get(...params) as number;
    const rows = this.sqlite
      .prepare(`SELECT ${ROW_COLUMNS} FROM applications ${clause} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...params, query.pageSize, (query.page - 1) * query.pageSize) as ApplicationRow[];
    return { rows: this.deadlines.withDeadlines(rows), total };
  }

  /**
   * Every row the query matches, in its order, for export. The ids are read at once (one sort), the rows in chunks
   * as they are written: no statement stays open while the export yields, so other calls keep the connection.
   */
  all(query: ApplicationQuery, userId: string | null = null): { total: number; rows: Iterable<ApplicationRow> } {
    const { clause, params, order } = this.sql(query, userId);
    const ids = this.sqlite.prepare(`SELECT id FROM applications ${clause} ORDER BY ${order}`).pluck().all(...params) as string[];
    return { total: ids.length, rows: this.byIds(ids) };
  }

  private *byIds(ids: string[]): Generator<ApplicationRow> {
    for (let i = 0; i < ids.length; i += EXPORT_CHUNK) {
      const chunk = ids.slice(i, i + EXPORT_CHUNK);
      const rows = this.statements.byIds.all(JSON.stringify(chunk)) as Omit<ApplicationRow, 'deadline'>[];
      const byId = new Map(rows.map((r) => [r.id, r]));
      yield* this.deadlines.withDeadlines(chunk.flatMap((id) => byId.get(id) ?? []));
    }
  }

  private sql(query: ApplicationQuery, userId: string | null): { clause: string; params: unknown[]; order: string } {
    const where: string[] = [];
    const params: unknown[] = [];
    const name = query.siteName.trim();
    if (name) {
      if ([...name].length >= 3) {
        // Trigram FTS finds any substring of 3+ characters through the index; quoted so it is one phrase.
        where.push('rowid IN (SELECT rowid FROM applications_fts WHERE applications_fts MATCH ?)');
        params.push(`"${name.replace(/"/g, '""')}"`);
      } else {
        where.push("site_name LIKE ? ESCAPE '\\'");
        params.push(`%${escapeLike(name)}%`);
      }
    }
    const serial = query.serialNo.trim().toUpperCase();
    if (serial) {
      // A prefix as a range, so the unique index answers it (LIKE would scan). Serials hold only 0-9, A-F and '-',
      // all below '~'.
      where.push('serial_no >= ? AND serial_no < ?');
      params.push(serial, `${serial}~`);
    }
    // A date range is rarely selective; when the list is sorted by another column, walking that column's index and
    // skipping rows out of range is far cheaper than sorting every row in range ("+" keeps the planner off the
    // date index).
    const date = query.sort.column === 'submittedAt' ? 'submitted_at' : '+submitted_at';
    if (query.submittedFrom) {
      where.push(`${date} >= ?`);
      params.push(query.submittedFrom);
    }
    if (query.submittedTo) {
      where.push(`${date} < ?`);
      params.push(query.submittedTo);
    }
    for (const [column, values] of [
      ['state', query.states],
      ['kind', query.kinds],
      ['system_category', query.systemCategories],
    ] as const) {
      if (values.length > 0) {
        where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
        params.push(...values);
      }
    }
    if (query.mine) {
      where.push('id IN (SELECT aggregate_id FROM events WHERE actor = ?)');
      params.push(userId ?? '');
    }
    if (query.overdue) {
      // One range per clock, each on its (state, start) index.
      const before = this.deadlines.overdueBefore();
      where.push(
        "((state = 'submitted' AND last_submitted_at < ?) OR (state = 'finalReview' AND state_since < ?) OR (state = 'badgeIssued' AND state_since < ?))",
      );
      params.push(before.initialReview, before.paperReview, before.badgeInstall);
    }
    if (query.regionCode) {
      where.push('region_code GLOB ?');
      params.push(regionPrefixGlob(query.regionCode));
    }

    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const direction = query.sort.direction === 'asc' ? 'ASC' : 'DESC';
    // SQLite's default null order (drafts, with no serial or time, first when ascending and last when descending)
    // matches the indexes, which an explicit NULLS clause would not.
    const order = `${SORT_COLUMNS[query.sort.column]} ${direction}, id ${direction}`;
    return { clause, params, order };
  }
}
