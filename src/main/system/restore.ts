import Database from 'better-sqlite3';
import dayjs from 'dayjs';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { assertSchemaNotNewer, SchemaTooNewError, type WorkDb } from '../db/open';
import { verifyChains } from '../journal/verify';
import { backupDatabase } from './backup';

/**
 * Checks a backup before it may replace anything: a SQLite file of ours, intact, not from a newer app, every
 * workstation's hash chain whole. Read-only.
 */
export function verifyBackup(file: string): { events: number } {
  if (!existsSync(file)) throw new AppError('NOT_FOUND', `找不到备份文件 ${file}。`);
  const notOurs = new AppError('INVALID_INPUT', `${file} 不是有效的工作站数据库备份，未做任何恢复。`);
  let probe: Database.Database;
  let integrity: unknown;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    integrity = probe.pragma('integrity_check', { simple: true });
  } catch {
    throw notOurs;
  }
  try {
    if (integrity !== 'ok') throw new AppError('INVALID_INPUT', `备份文件已损坏（SQLite 完整性检查：${integrity}），未做任何恢复。`);
    const hasJournal = probe.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").get();
    if (!hasJournal) throw new AppError('INVALID_INPUT', `${file} 不是工作站数据库备份（没有事件日志），未做任何恢复。`);
    const chain = verifyChains({ sqlite: probe });
    if (!chain.ok) {
      const first = chain.breaks[0];
      throw new AppError('INVALID_INPUT', `备份中的事件日志不完整：工作站 ${first.workstationId} 第 ${first.seq} 条（${first.reason}），未做任何恢复。`);
    }
    return { events: chain.events };
  } finally {
    probe.close();
  }
}

/**
 * Restores a verified backup over the live database with SQLite's backup API (safe while other connections are
 * open), after saving the current database beside it. The caller reopens the database afterwards, which applies
 * migrations if the backup is older.
 */
export async function restoreDatabase(live: WorkDb, file: string): Promise<{ savedCurrent: string; events: number }> {
  const source = resolve(file);
  if (source === resolve(live.file)) throw new AppError('INVALID_INPUT', '不能用正在使用的数据库恢复自身。');
  const { events } = verifyBackup(source);
  try {
    assertSchemaNotNewer(source);
  } catch (error) {
    if (error instanceof SchemaTooNewError) throw new AppError('INVALID_INPUT', `该备份由更新版本的程序创建，请先升级工作站程序，未做任何恢复。`);
    throw error;
  }
  const savedCurrent = join(dirname(live.file), 'backups', `恢复前-${dayjs().format('YYYYMMDD-HHmmss')}.db`);
  await backupDatabase(live, savedCurrent);
  const reader = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await reader.backup(live.file);
  } finally {
    reader.close();
  }
  return { savedCurrent, events };
}
