import { mkdirSync, renameSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { WorkDb } from '../db/open';

/**
 * Copies the live database with SQLite's online backup (consistent while the app keeps working) to a temporary
 * name beside the target, then renames it, so a half-written backup never carries the target's name.
 */
export async function backupDatabase(work: WorkDb, target: string): Promise<{ file: string; bytes: number }> {
  const file = resolve(target);
  if (file === resolve(work.file)) throw new Error('备份文件不能覆盖正在使用的数据库。');
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const { totalPages } = await work.sqlite.backup(partial);
  renameSync(partial, file);
  const pageSize = work.sqlite.pragma('page_size', { simple: true }) as number;
  return { file, bytes: totalPages * pageSize };
}
