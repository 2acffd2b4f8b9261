import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { openDatabase, SchemaTooNewError, SOURCE_MIGRATIONS_FOLDER } from '../../../src/main/db/open';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ws-db-'));
  dirs.push(dir);
  return join(dir, 'workstation.db');
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('openDatabase', () => {
  it('creates the file with WAL, foreign keys, a busy timeout and every migration', () => {
    const work = openDatabase({ file: tempFile() });
    expect(work.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(work.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(work.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    const tables = work.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['events', 'users', 'settings', 'workstation_profile', 'local_meta']));
    work.close();
  });

  it('re-opens an existing database without re-running migrations', () => {
    const file = tempFile();
    openDatabase({ file }).close();
    const work = openDatabase({ file });
    expect(work.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(
      readMigrationFiles({ migrationsFolder: SOURCE_MIGRATIONS_FOLDER }).length,
    );
    work.close();
  });

  it('refuses, without writing, a database migrated by a newer app', () => {
    const file = tempFile();
    openDatabase({ file }).close();
    const raw = new Database(file);
    raw.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('f'.repeat(64), Date.now() + 1e9);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    const before = createHash('sha256').update(readFileSync(file)).digest('hex');

    expect(() => openDatabase({ file })).toThrow(SchemaTooNewError);
    expect(() => openDatabase({ file })).toThrow(/更新版本的工作站程序/);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(before);
  });

  it('keeps the journal append-only at the SQL level', () => {
    const work = openDatabase({ file: tempFile() });
    work.sqlite
      .prepare(
        `INSERT INTO events VALUES ('e1', '000000000000001-000000-aa', 'aa', 1, NULL, 'x', 'SettingsChanged', 1, '{}', '0', 'h')`,
      )
      .run();
    expect(() => work.sqlite.prepare("UPDATE events SET payload = '{\"x\":1}'").run()).toThrow(/append-only/);
    expect(() => work.sqlite.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    work.close();
  });
});
