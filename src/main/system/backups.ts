import dayjs from 'dayjs';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BackupFile } from '../../shared/api/types';
import type { WorkDb } from '../db/open';
import type { Logger } from '../log';
import { backupDatabase } from './backup';

/** How many daily automatic backups are kept. */
export const AUTO_BACKUPS_KEPT = 14;

const AUTO = /^auto-(\d{8})\.db$/;

/**
 * The backups folder of a data directory: automatic daily backups (kept for AUTO_BACKUPS_KEPT days' worth) and
 * backups made on demand. Files are written by SQLite's online backup, so the app keeps working meanwhile.
 */
export class BackupService {
  private readonly folder: string;

  constructor(
    private readonly work: WorkDb,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.folder = join(dirname(work.file), 'backups');
  }

  list(): BackupFile[] {
    mkdirSync(this.folder, { recursive: true });
    return readdirSync(this.folder)
      .filter((name) => name.endsWith('.db'))
      .map((name) => {
        const stat = statSync(join(this.folder, name));
        return { name, path: join(this.folder, name), bytes: stat.size, createdAt: stat.mtime.toISOString(), automatic: AUTO.test(name) };
      })
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async backupNow(): Promise<BackupFile> {
    const { file } = await backupDatabase(this.work, join(this.folder, `manual-${dayjs(this.now()).format('YYYYMMDD-HHmmss')}.db`));
    this.log.info(`backup written: ${file}`);
    return this.list().find((b) => b.path === file)!;
  }

  /** Makes today's automatic backup if there is none yet, then drops the oldest beyond the number kept. */
  async runIfDue(): Promise<string | null> {
    const name = `auto-${dayjs(this.now()).format('YYYYMMDD')}.db`;
    const existing = this.list().filter((b) => b.automatic);
    let made: string | null = null;
    if (!existing.some((b) => b.name === name)) {
      made = (await backupDatabase(this.work, join(this.folder, name))).file;
      this.log.info(`automatic backup written: ${made}`);
    }
    const autos = this.list()
      .filter((b) => b.automatic)
      .sort((a, b) => b.name.localeCompare(a.name));
    for (const old of autos.slice(AUTO_BACKUPS_KEPT)) rmSync(old.path);
    return made;
  }

  /** Checks once at start and then every hour; the timer does not keep the process alive. */
  schedule(): () => void {
    const run = () => void this.runIfDue().catch((error) => this.log.error('automatic backup failed', error));
    run();
    const timer = setInterval(run, 60 * 60_000);
    timer.unref();
    return () => clearInterval(timer);
  }
}
