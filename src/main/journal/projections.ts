import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import type { WorkDb } from '../db/open';
import { PROJECTION_TABLES } from '../db/schema';
import type { Journal } from './journal';
import { applyEvent } from './projector';

/**
 * The projections every workstation that has exchanged all its bundles holds alike: all but the ones fed only by
 * events that stay on their workstation (its profile, users and settings).
 */
export const SHARED_PROJECTION_TABLES = PROJECTION_TABLES.filter((table) => !['workstation_profile', 'users', 'settings'].includes(table));

/** sha256 over every projection row, table by table in primary-key order: equal state ⇔ equal hash. */
export function stateHash(work: WorkDb, tables: readonly string[] = PROJECTION_TABLES): string {
  const hash = createHash('sha256');
  for (const table of tables) {
    hash.update(`# ${table}\n`);
    for (const row of work.sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1`).iterate()) {
      hash.update(canonicalize(row)!).update('\n');
    }
  }
  return hash.digest('hex');
}

/** Clears every projection and replays the journal in clock order; the caller holds the transaction. */
export function replayAll(work: WorkDb, journal: Journal): void {
  // Children before parents, for the foreign keys.
  for (const table of [...PROJECTION_TABLES].reverse()) work.sqlite.prepare(`DELETE FROM ${table}`).run();
  for (const event of journal.replayOrder()) applyEvent(work.db, event);
}

/** Drops every projection and replays the journal, in one transaction. Returns the new state hash. */
export function rebuildProjections(work: WorkDb, journal: Journal): string {
  return work.sqlite.transaction(() => {
    replayAll(work, journal);
    return stateHash(work);
  }).immediate();
}

/**
 * Rebuilds inside a transaction that is then rolled back, so checking never changes the database: reports the state
 * hash before and after.
 */
export function compareRebuild(work: WorkDb, journal: Journal): { current: string; rebuilt: string } {
  const { sqlite } = work;
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    const current = stateHash(work);
    replayAll(work, journal);
    return { current, rebuilt: stateHash(work) };
  } finally {
    sqlite.exec('ROLLBACK');
  }
}
