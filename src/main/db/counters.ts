import type Database from 'better-sqlite3';

/**
 * The next value of a per-workstation counter kept in local_meta. Call it inside the write transaction that uses
 * the value, so two processes on the same file never hand out the same number.
 */
export function nextCounter(sqlite: Database.Database, key: string): number {
  const row = sqlite
    .prepare(
      `INSERT INTO local_meta (key, value) VALUES (?, '1')
       ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1
       RETURNING value`,
    )
    .get(`counter:${key}`) as { value: string };
  return Number(row.value);
}
