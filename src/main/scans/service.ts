import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../shared/api/errors';
import type { InboxFile, ScanView } from '../../shared/api/types';
import { SCAN_MAX_BYTES, SCAN_MEDIA_TYPES, type ScanMediaType } from '../../shared/paper/scans';
import { actorName, userNames } from '../audit/describe';
import type { WorkDb } from '../db/open';
import { applications, scans } from '../db/schema';
import type { Journal } from '../journal/journal';
import type { ScanStore } from './store';

const INBOX_KEY = 'scan-inbox';
/** Where filed scans go inside the import folder, so that the folder lists only what still waits. */
export const FILED_FOLDER = '已归档';

/**
 * 扫描件: files checked by content (PDF, JPEG, PNG, TIFF), stored by sha256, attached to an application by a journal
 * event. Scanners that save to disk fill an import folder (this workstation's own setting); its files are listed
 * here and, once attached, moved to its 已归档 subfolder.
 */
export class ScansService {
  constructor(
    private readonly work: WorkDb,
    private readonly journal: Journal,
    private readonly store: ScanStore,
  ) {}

  async attach(actor: string, applicationId: string, fileName: string, bytes: Uint8Array): Promise<ScanView> {
    if (bytes.length === 0) throw new AppError('INVALID_INPUT', `“${fileName}”是空文件。`);
    if (bytes.length > SCAN_MAX_BYTES) throw new AppError('INVALID_INPUT', `“${fileName}”超过 ${SCAN_MAX_BYTES / 1024 / 1024} MB，请降低扫描分辨率或分成几份。`);
    const detected = (await fileTypeFromBuffer(bytes))?.mime;
    if (!detected || !(SCAN_MEDIA_TYPES as readonly string[]).includes(detected)) {
      throw new AppError('INVALID_INPUT', `“${fileName}”不是 PDF、JPEG、PNG 或 TIFF 文件（按文件内容判断，与扩展名无关），未附加。`);
    }
    const application = this.work.db.select().from(applications).where(eq(applications.id, applicationId)).get();
    if (!application) throw new AppError('NOT_FOUND', '该申请不存在。');
    if (application.state === 'draft') throw new AppError('CONFLICT', '草稿不能附加扫描件，请先提交申请。');
    // The bytes first: content-addressed, so a file without its event is harmless; an event never lacks its file.
    const sha256 = this.store.put(bytes);
    const [event] = this.journal.record(actor, () => {
      const existing = this.work.db.select().from(scans).where(and(eq(scans.applicationId, applicationId), eq(scans.sha256, sha256))).get();
      if (existing) throw new AppError('CONFLICT', `这份扫描件已附在该申请上（${existing.fileName}）。`);
      return [{ type: 'ScanAttached', aggregateId: applicationId, payload: { applicationId, sha256, mediaType: detected as ScanMediaType, size: bytes.length, fileName } }];
    });
    return this.list(applicationId).find((s) => s.eventId === event.id)!;
  }

  list(applicationId: string): ScanView[] {
    const names = userNames(this.work.sqlite);
    return this.work.db
      .select()
      .from(scans)
      .where(eq(scans.applicationId, applicationId))
      // Journal order within the same instant: rows are inserted as events are applied.
      .orderBy(scans.attachedAt, sql`rowid`)
      .all()
      .map((s) => ({ ...s, mediaType: s.mediaType as ScanMediaType, attachedBy: actorName(names, s.attachedBy) }));
  }

  read(applicationId: string, sha256: string): { fileName: string; mediaType: ScanMediaType; bytes: Buffer } {
    const scan = this.work.db.select().from(scans).where(and(eq(scans.applicationId, applicationId), eq(scans.sha256, sha256))).get();
    if (!scan) throw new AppError('NOT_FOUND', '该申请没有这份扫描件。');
    try {
      return { fileName: scan.fileName, mediaType: scan.mediaType as ScanMediaType, bytes: this.store.read(sha256) };
    } catch {
      throw new AppError('NOT_FOUND', `扫描件“${scan.fileName}”的文件缺失或已损坏，请从备份恢复或重新扫描。`);
    }
  }

  inboxFolder(): string | null {
    return (this.work.sqlite.prepare('SELECT value FROM local_meta WHERE key = ?').pluck().get(INBOX_KEY) as string | undefined) ?? null;
  }

  /** This workstation's import folder (a local setting, not synchronised: paths differ between machines). */
  setInboxFolder(folder: string | null): void {
    if (folder === null) {
      this.work.sqlite.prepare('DELETE FROM local_meta WHERE key = ?').run(INBOX_KEY);
      return;
    }
    if (!isAbsolute(folder)) throw new AppError('INVALID_INPUT', '请填写完整的文件夹路径，例如 D:\\扫描件。', { folder: '请填写完整路径' });
    if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new AppError('INVALID_INPUT', '找不到该文件夹。', { folder: '找不到该文件夹' });
    this.work.sqlite.prepare('INSERT INTO local_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(INBOX_KEY, folder);
  }

  /** What the scanner has saved and nobody has filed yet, newest first. */
  inbox(): { folder: string | null; files: InboxFile[] } {
    const folder = this.inboxFolder();
    if (!folder || !existsSync(folder)) return { folder, files: [] };
    const files = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && !entry.name.includes('.partial'))
      .map((entry) => {
        const stat = statSync(join(folder, entry.name));
        const ext = extname(entry.name).toLowerCase();
        return {
          name: entry.name,
          size: stat.size,
          modifiedAt: stat.mtime.toISOString(),
          tooLarge: stat.size > SCAN_MAX_BYTES,
          likelyScan: ['.pdf', '.jpg', '.jpeg', '.png', '.tif', '.tiff'].includes(ext),
        };
      })
      .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
    return { folder, files };
  }

  async attachFromInbox(actor: string, applicationId: string, fileName: string): Promise<ScanView> {
    const folder = this.inboxFolder();
    if (!folder) throw new AppError('CONFLICT', '尚未设置扫描件导入文件夹。');
    const name = basename(fileName);
    const file = join(folder, name);
    if (name !== fileName || !existsSync(file) || !statSync(file).isFile()) throw new AppError('NOT_FOUND', `导入文件夹中没有“${fileName}”，可能已被归档。`);
    if (statSync(file).size > SCAN_MAX_BYTES) throw new AppError('INVALID_INPUT', `“${name}”超过 ${SCAN_MAX_BYTES / 1024 / 1024} MB。`);
    const view = await this.attach(actor, applicationId, name, readFileSync(file));
    const filed = join(folder, FILED_FOLDER);
    mkdirSync(filed, { recursive: true });
    renameSync(file, freeName(filed, name));
    return view;
  }
}

/** `name`, or `name (2)`, `name (3)` … if taken. */
function freeName(folder: string, name: string): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let candidate = join(folder, name);
  for (let i = 2; existsSync(candidate); i++) candidate = join(folder, `${stem} (${i})${ext}`);
  return candidate;
}
