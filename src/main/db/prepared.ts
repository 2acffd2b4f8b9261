import { getTableColumns, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type Database from 'better-sqlite3';
import type { Db } from './open';

/**
 * Queries built and prepared once per connection. The replay applies every event of a bundle through the projections;
 * building each query with drizzle and preparing it in SQLite again for every event costs more than running it.
 */
const cache = new WeakMap<Database.Database, Map<string, unknown>>();

/** A drizzle query with `sql.placeholder`s, built on first use for this connection and kept under `key`. */
export function prepared<Q>(db: Db, key: string, build: () => Q): Q {
  let queries = cache.get(db.$client);
  if (!queries) cache.set(db.$client, (queries = new Map()));
  let query = queries.get(key) as Q | undefined;
  if (!query) queries.set(key, (query = build()));
  return query;
}

/** Inserts a row, every column bound by placeholder: a column left out gets its declared default, else null. */
export function insertRow<T extends SQLiteTable>(db: Db, table: T, row: T['$inferInsert']): void {
  const columns = getTableColumns(table);
  const name = (table as unknown as Record<symbol, string>)[Symbol.for('drizzle:Name')];
  const query = prepared(db, `insert:${name}`, () =>
    db
      .insert(table)
      .values(Object.fromEntries(Object.keys(columns).map((key) => [key, sql.placeholder(key)])) as T['$inferInsert'])
      .prepare(),
  );
  const values = row as Record<string, unknown>;
  query.run(Object.fromEntries(Object.entries(columns).map(([key, column]) => [key, values[key] !== undefined ? values[key] : (column.default ?? null)])));
}
