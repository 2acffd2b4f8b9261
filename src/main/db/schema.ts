import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/*
 * Three kinds of table:
 * - the journal (events): the data itself, append-only;
 * - projections (workstation_profile, users, settings): derived from the journal, dropped and rebuilt at will;
 * - local state (local_meta, sign_in_guards): this copy's own bookkeeping, neither synced nor rebuilt.
 */

export const events = sqliteTable(
  'events',
  {
    id: text('id').primaryKey(),
    hlc: text('hlc').notNull(),
    workstationId: text('workstation_id').notNull(),
    seq: integer('seq').notNull(),
    actor: text('actor'),
    aggregateId: text('aggregate_id').notNull(),
    type: text('type').notNull(),
    version: integer('version').notNull(),
    payload: text('payload').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('events_workstation_seq').on(t.workstationId, t.seq),
    index('events_hlc').on(t.hlc),
    index('events_aggregate').on(t.aggregateId),
  ],
);

export const workstationProfile = sqliteTable('workstation_profile', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  regionCode: text('region_code').notNull(),
  initializedAt: text('initialized_at').notNull(),
});

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  roles: text('roles', { mode: 'json' }).$type<string[]>().notNull(),
  passwordHash: text('password_hash', { mode: 'json' }).notNull(),
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull(),
  disabled: integer('disabled', { mode: 'boolean' }).notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
});

export const localMeta = sqliteTable('local_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const signInGuards = sqliteTable('sign_in_guards', {
  username: text('username').primaryKey(),
  failures: integer('failures').notNull(),
  lockedUntil: text('locked_until'),
});

/** Projection tables in the order they are hashed and cleared for a rebuild. */
export const PROJECTION_TABLES = ['workstation_profile', 'users', 'settings'] as const;
