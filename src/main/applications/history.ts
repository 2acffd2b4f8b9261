import type Database from 'better-sqlite3';
import type { HistoryEntry } from '../../shared/api/types';
import { actorName, describeEvent, userNames } from '../audit/describe';
import { hlcIso } from '../journal/clock';
import { rowToEvent } from '../journal/journal';

/** An application's history timeline, read from the journal itself: who did what, and when. */
export function applicationHistory(sqlite: Database.Database, applicationId: string): HistoryEntry[] {
  const rows = sqlite.prepare('SELECT * FROM events WHERE aggregate_id = ? ORDER BY hlc, workstation_id, seq').all(applicationId);
  const names = userNames(sqlite);
  return rows.map((row) => {
    const event = rowToEvent(row as Parameters<typeof rowToEvent>[0]);
    return {
      at: hlcIso(event.hlc),
      actor: actorName(names, event.actor),
      summary: describeEvent(event, names),
    };
  });
}
