import type Database from 'better-sqlite3';
import type { BadgeView, Page } from '../../shared/api/types';
import type { ApplicationState } from '../../shared/applications/workflow';
import { badgeSnippet } from '../../shared/badges/code';

/** States in which a site has (or may get) a badge: the 标识管理 list. */
const LISTED_STATES: ApplicationState[] = ['approved', 'badgeIssued', 'badgeInstalled', 'listed', 'revoked'];

export interface BadgeFilter {
  states: ApplicationState[];
  page: number;
  pageSize: number;
}

/** 标识管理: approved sites with their badge and latest check, most recently changed first. */
export function listBadges(sqlite: Database.Database, filter: BadgeFilter, scriptBase: string): Page<BadgeView> {
  const states = filter.states.length ? filter.states : LISTED_STATES;
  const where = `a.state IN (${states.map(() => '?').join(', ')})`;
  const total = sqlite.prepare(`SELECT count(*) FROM applications a WHERE ${where}`).pluck().get(...states) as number;
  const rows = sqlite
    .prepare(
      `SELECT a.id AS applicationId, a.serial_no AS serialNo, a.site_name AS siteName, a.unit_name AS unitName, a.region_code AS regionCode,
         a.state, b.code, b.verification_id AS verificationId, b.color, b.issued_at AS issuedAt, b.checked_at AS checkedAt,
         b.check_passed AS checkPassed, b.check_summary AS checkSummary
       FROM applications a LEFT JOIN badges b ON b.application_id = a.id
       WHERE ${where} ORDER BY a.state_since DESC, a.id LIMIT ? OFFSET ?`,
    )
    .all(...states, filter.pageSize, (filter.page - 1) * filter.pageSize) as (Omit<BadgeView, 'snippet' | 'checkPassed'> & { checkPassed: number | null })[];
  return {
    total,
    rows: rows.map((r) => ({ ...r, checkPassed: r.checkPassed === null ? null : r.checkPassed === 1, snippet: r.code ? badgeSnippet(r.code, scriptBase) : null })),
  };
}
