import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface WorkDb {
  /** drizzle over the connection, for typed queries. */
  db: Db;
  /** The raw connection: transactions, pragmas, backup. */
  sqlite: Database.Database;
  file: string;
  close(): void;
}

export interface OpenOptions {
  file: string;
  migrationsFolder?: string;
  /** Path of a better-sqlite3 binary built for Electron; plain Node uses its own. */
  nativeBinding?: string;
}

/** Where drizzle-kit writes migrations; hosts that bundle the code pass their own copy's path. */
export const SOURCE_MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

export class SchemaTooNewError extends Error {
  constructor(file: string) {
    super(
      `数据库 ${file} 由更新版本的工作站程序创建，本程序无法安全打开它；请升级工作站程序后再打开（数据库未做任何改动）。`,
    );
    this.name = 'SchemaTooNewError';
  }
}

/**
 * A second, read-only connection holding one consistent snapshot (WAL lets it read while the main connection
 * writes): long reads such as exports see the data as it was when they began, and never block anyone.
 */
export function openSnapshot(work: WorkDb, nativeBinding?: string): WorkDb {
  const sqlite = new Database(work.file, { readonly: true, fileMustExist: true, nativeBinding });
  sqlite.pragma('busy_timeout = 5000');
  sqlite.prepare('BEGIN').run();
  // The snapshot is taken at the first read of the transaction.
  sqlite.prepare('SELECT count(*) FROM events').pluck().get();
  return {
    db: drizzle(sqlite, { schema }),
    sqlite,
    file: work.file,
    close: () => {
      if (sqlite.inTransaction) sqlite.prepare('ROLLBACK').run();
      sqlite.close();
    },
  };
}

/**
 * Opens (or creates) the workstation database: WAL, foreign keys, busy timeout, then the app's migrations.
 * A database migrated by a newer app is refused before anything is written to it.
 */
export function openDatabase(options: OpenOptions): WorkDb {
  const migrationsFolder = options.migrationsFolder ?? SOURCE_MIGRATIONS_FOLDER;
  const known = readMigrationFiles({ migrationsFolder });
  if (existsSync(options.file)) refuseIfNewer(options.file, new Set(known.map((m) => m.hash)), options.nativeBinding);
  else mkdirSync(dirname(options.file), { recursive: true });

  const sqlite = new Database(options.file, { nativeBinding: options.nativeBinding });
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('cache_size = -65536');
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder });
    return { db, sqlite, file: options.file, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** Throws SchemaTooNewError when `file` was migrated by a newer app; reads only. */
export function assertSchemaNotNewer(file: string, migrationsFolder = SOURCE_MIGRATIONS_FOLDER, nativeBinding?: string): void {
  refuseIfNewer(file, new Set(readMigrationFiles({ migrationsFolder }).map((m) => m.hash)), nativeBinding);
}

function refuseIfNewer(file: string, knownHashes: Set<string>, nativeBinding?: string): void {
  const probe = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    const table = probe
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
      .get();
    if (!table) return;
    const applied = probe.prepare('SELECT hash FROM __drizzle_migrations').all() as { hash: string }[];
    if (applied.some((m) => !knownHashes.has(m.hash))) throw new SchemaTooNewError(file);
  } finally {
    probe.close();
  }
}

/** How many migrations this database has applied. */
export function appliedMigrationCount(sqlite: Database.Database): number {
  return (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
}
