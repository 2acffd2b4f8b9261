import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import dayjs from 'dayjs';
import { desc, eq, or } from 'drizzle-orm';
import { AppError } from '../../shared/api/errors';
import type { DomainEvent } from '../../shared/events/events';
import { BUNDLE_EXTENSION } from '../../shared/sync/bundle';
import type { BundleHistoryRow, BundleResult, ConflictView, ExportPlan, ExportResult, ImportPreview, ImportResult, ParkedEventView, SyncProgress } from '../../shared/sync/views';
import { actorName, describeEvent, userNames } from '../audit/describe';
import type { WorkDb } from '../db/open';
import { bundleHistory, conflicts, parkedEvents, peers } from '../db/schema';
import { hlcIso } from '../journal/clock';
import { rowToEvent } from '../journal/journal';
import type { Journal } from '../journal/journal';
import type { Logger } from '../log';
import type { BundleExporter, ExportRequest } from './exporter';
import type { BundleImporter } from './importer';
import type { VerifiedBundle } from './verify';
import { groupConflicts } from './conflict-groups';

/** Size, modification time and inode: equal stamps mean the bytes checked are still the bytes there. */
function fileStamp(file: string): string | null {
  try {
    const stat = statSync(file);
    return `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
  } catch {
    return null;
  }
}

/** A file name safe on Windows and on a USB stick's FAT file system. */
function safeName(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40);
}

/**
 * 数据同步 for admins: export to a peer, import (verify → preview → apply), the history, the conflicts the replay
 * found and the events parked for a later release. Role checks are the router's; the screen and the command line call
 * the same methods. Bundles made on the screen wait in `sync/outbox/` until downloaded; uploaded ones in
 * `sync/inbox/` until applied or refused.
 */
export class SyncService {
  private lastVerified: { file: string; stamp: string | null; bundle: VerifiedBundle } | null = null;
  private current: SyncProgress | null = null;
  /** Uploaded bundles waiting in the inbox, by upload id: the name the admin's file had, for the history. */
  private readonly uploads = new Map<string, string>();
  private readonly outbox: string;
  private readonly inbox: string;

  constructor(
    private readonly work: WorkDb,
    private readonly journal: Journal,
    private readonly exporter: BundleExporter,
    private readonly importer: BundleImporter,
    dataDir: string,
    private readonly ownName: () => string,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.outbox = join(dataDir, 'sync', 'outbox');
    this.inbox = join(dataDir, 'sync', 'inbox');
  }

  /** A peer by its workstation id or by the name it was added under. */
  peerId(nameOrId: string): string {
    const peer = this.work.db.select({ id: peers.workstationId }).from(peers).where(or(eq(peers.workstationId, nameOrId), eq(peers.name, nameOrId))).get();
    if (!peer) throw new AppError('NOT_FOUND', `找不到同步对象“${nameOrId}”；请先添加（peers add）。`);
    return peer.id;
  }

  plan(peerId: string, full: boolean): ExportPlan {
    return this.exporter.plan(peerId, full);
  }

  export(actor: string, request: ExportRequest): ExportResult {
    return this.exporter.export(actor, request);
  }

  /** What the export or import under way on the screen is doing; null when none is. */
  progress(): SyncProgress | null {
    return this.current;
  }

  /** Runs one screen operation at a time, its progress readable meanwhile. */
  private async track<T>(phase: SyncProgress['phase'], run: (onProgress: (progress: SyncProgress) => void) => Promise<T>): Promise<T> {
    if (this.current) throw new AppError('CONFLICT', '另一项同步操作正在进行，请稍候。');
    this.current = { phase, done: 0, total: 0, bytes: 0 };
    try {
      return await run((progress) => (this.current = progress));
    } finally {
      this.current = null;
    }
  }

  /** Exports into the outbox for the screen to download. */
  exportToOutbox(actor: string, request: { peerId: string; full: boolean; passphrase: string | null }): Promise<ExportResult & { fileName: string }> {
    return this.track('events', async (onProgress) => {
      const peerName = this.peerNames().get(request.peerId);
      if (!peerName) throw new AppError('NOT_FOUND', '找不到该同步对象；请先在“同步对象”中添加。');
      const fileName = `同步包_${safeName(this.ownName())}_至_${safeName(peerName)}_${dayjs(this.now()).format('YYYYMMDD-HHmmss')}.${BUNDLE_EXTENSION}`;
      mkdirSync(this.outbox, { recursive: true });
      const file = join(this.outbox, fileName);
      const result = await this.exporter.exportAsync(actor, { peerId: request.peerId, full: request.full, file, passphrase: request.passphrase ?? undefined }, onProgress);
      return { ...result, fileName };
    });
  }

  /** Hands over a bundle from the outbox and removes it there. */
  takeBundle(fileName: string): { fileName: string; contentBase64: string } {
    const file = join(this.outbox, basename(fileName));
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new AppError('NOT_FOUND', '该同步包已取走或不存在，请重新导出。');
    }
    rmSync(file, { force: true });
    return { fileName: basename(file), contentBase64: bytes.toString('base64') };
  }

  /** Verifies and previews a bundle; `conflicts: false` skips the dry run that finds the conflicts it would cause. */
  verify(file: string, options: { passphrase?: string; conflicts?: boolean } = {}): ImportPreview {
    const { bundle, preview } = this.refusalsLogged(file, () => this.importer.open(file, { passphrase: options.passphrase, conflicts: options.conflicts ?? true }));
    this.lastVerified = { file: resolve(file), stamp: fileStamp(file), bundle };
    return this.named(preview);
  }

  private named(preview: ImportPreview): ImportPreview {
    const names = this.peerNames();
    return { ...preview, conflicts: preview.conflicts?.map((c) => ({ ...c, workstationName: names.get(c.workstationId) ?? c.workstationId })) ?? null };
  }

  /** A refused bundle changes nothing in the database, so the log is where a refusal is kept. */
  private refusalsLogged<T>(file: string, run: () => T): T {
    try {
      const result = run();
      if (result instanceof Promise) return result.catch((error: unknown) => this.logRefusal(file, error)) as T;
      return result;
    } catch (error) {
      return this.logRefusal(file, error);
    }
  }

  private logRefusal(file: string, error: unknown): never {
    if (error instanceof AppError) this.log.warn(`bundle ${basename(file)} refused: ${error.message}`);
    throw error;
  }

  /** Keeps an uploaded bundle in the inbox and verifies it; a refused one is removed at once. */
  verifyUpload(input: { fileName: string; contentBase64: string; passphrase: string | null }): Promise<{ uploadId: string; preview: ImportPreview }> {
    return this.track('verifying', async (onProgress) => {
      const uploadId = randomUUID();
      mkdirSync(this.inbox, { recursive: true });
      const file = join(this.inbox, `${uploadId}.${BUNDLE_EXTENSION}`);
      writeFileSync(file, Buffer.from(input.contentBase64, 'base64'));
      try {
        const { bundle, preview } = await this.refusalsLogged(input.fileName, () => this.importer.openAsync(file, { passphrase: input.passphrase ?? undefined, conflicts: true }, onProgress));
        this.lastVerified = { file: resolve(file), stamp: fileStamp(file), bundle };
        this.uploads.set(uploadId, basename(input.fileName));
        return { uploadId, preview: this.named(preview) };
      } catch (error) {
        rmSync(file, { force: true });
        throw error;
      }
    });
  }

  applyUpload(actor: string, input: { uploadId: string; confirmed: boolean; passphrase: string | null }): Promise<ImportResult> {
    return this.track('backup', async (onProgress) => {
      const file = join(this.inbox, `${basename(input.uploadId)}.${BUNDLE_EXTENSION}`);
      if (!fileStamp(file)) throw new AppError('NOT_FOUND', '找不到已上传的同步包，请重新选择文件。');
      try {
        return await this.import(actor, file, { passphrase: input.passphrase ?? undefined, confirmed: input.confirmed, fileName: this.uploads.get(input.uploadId) }, onProgress);
      } finally {
        this.uploads.delete(input.uploadId);
        rmSync(file, { force: true });
      }
    });
  }

  /**
   * Applies a bundle: the one just previewed when the file is unchanged since (its checks were made on the very
   * bytes still there), otherwise verified afresh. The importer re-checks what the database holds either way.
   */
  async import(actor: string, file: string, options: { passphrase?: string; confirmed: boolean; fileName?: string }, onProgress?: (progress: SyncProgress) => void): Promise<ImportResult> {
    const last = this.lastVerified;
    this.lastVerified = null;
    return this.refusalsLogged(options.fileName ?? file, () => {
      const bundle = last && last.file === resolve(file) && last.stamp !== null && last.stamp === fileStamp(file) ? last.bundle : this.importer.verified(file, options.passphrase);
      return this.importer.apply(actor, bundle, { confirmed: options.confirmed, fileName: options.fileName }, onProgress);
    });
  }

  private peerNames(): Map<string, string> {
    const names = new Map(this.work.db.select({ id: peers.workstationId, name: peers.name }).from(peers).all().map((p) => [p.id, p.name]));
    names.set(this.journal.workstationId, `${this.ownName()}（本机）`);
    return names;
  }

  history(): BundleHistoryRow[] {
    const names = userNames(this.work.sqlite);
    const peerNames = this.peerNames();
    return this.work.db
      .select()
      .from(bundleHistory)
      .orderBy(desc(bundleHistory.id))
      .limit(500)
      .all()
      .map((row) => ({
        ...row,
        direction: row.direction as BundleHistoryRow['direction'],
        result: row.result as BundleResult,
        peerName: row.peerId ? (peerNames.get(row.peerId) ?? row.peerId) : '',
        actorName: actorName(names, row.actor),
      }));
  }

  /**
   * Conflict rows in clock order, a notice refused because its decision lost folded into that decision's row (same
   * application and workstation, recorded after it): admins see one row per thing decided twice.
   */
  private conflictGroups(): { row: typeof conflicts.$inferSelect; notices: string[] }[] {
    const rows = this.work.db.select().from(conflicts).orderBy(conflicts.hlc).all();
    return groupConflicts(rows).map(({ row, notices }) => ({ row, notices: notices.map((n) => n.eventId) }));
  }

  /** The conflicts, newest first, each with both sides. */
  conflicts(): ConflictView[] {
    const names = userNames(this.work.sqlite);
    const peerNames = this.peerNames();
    const eventById = this.work.sqlite.prepare('SELECT * FROM events WHERE id = ?');
    const application = this.work.sqlite.prepare('SELECT serial_no AS serialNo, site_name AS siteName FROM applications WHERE id = ?');
    const who = (workstationId: string, actor: string | null) => {
      const name = actorName(names, actor);
      // A user of another workstation is known by the name its bundles gave, else only as such.
      return { workstationName: peerNames.get(workstationId) ?? workstationId, actorName: name === actor && workstationId !== this.journal.workstationId ? '对方工作站用户' : name };
    };
    return this.conflictGroups()
      .reverse()
      .map(({ row, notices }) => {
        const winnerRow = row.winnerEventId ? eventById.get(row.winnerEventId) : undefined;
        const winner = winnerRow ? rowToEvent(winnerRow as Parameters<typeof rowToEvent>[0]) : null;
        const site = application.get(row.aggregateId) as { serialNo: string | null; siteName: string | null } | undefined;
        return {
          eventId: row.eventId,
          eventType: row.eventType as DomainEvent['type'],
          serialNo: site?.serialNo ?? null,
          siteName: site?.siteName ?? null,
          ...who(row.workstationId, row.actor),
          at: hlcIso(row.hlc),
          wanted: row.wanted,
          found: row.found,
          winner: winner ? { summary: describeEvent(winner, names), ...who(winner.workstationId, winner.actor), at: hlcIso(winner.hlc) } : null,
          notices: notices.length,
          resolvedAt: row.resolvedAt,
          resolvedByName: row.resolvedAt ? (row.resolvedBy && !names.has(row.resolvedBy) ? '其他工作站的管理员' : actorName(names, row.resolvedBy)) : null,
          resolutionNote: row.resolutionNote,
        };
      });
  }

  /** Applies events parked by an earlier release that this one understands (called when the data is opened). */
  replayParked(): number {
    return this.importer.replayParked();
  }

  parked(): ParkedEventView[] {
    const peerNames = this.peerNames();
    return this.work.db
      .select()
      .from(parkedEvents)
      .orderBy(parkedEvents.parkedAt)
      .all()
      .map((row) => ({ id: row.id, originName: peerNames.get(row.origin) ?? row.origin, seq: row.seq, type: row.type, version: row.version, parkedAt: row.parkedAt }));
  }

  /**
   * Records that an admin has dealt with a conflict (and the notices refused with it); the outcome of the replay
   * stands.
   */
  resolveConflict(actor: string, input: { eventId: string; note: string }): void {
    this.journal.record(actor, () => {
      const group = this.conflictGroups().find((g) => g.row.eventId === input.eventId);
      if (!group) throw new AppError('NOT_FOUND', '找不到该冲突。');
      if (group.row.resolvedAt) throw new AppError('CONFLICT', '该冲突已处理。');
      const note = input.note.trim();
      return [group.row.eventId, ...group.notices].map((eventId) => ({ type: 'ConflictResolved' as const, aggregateId: group.row.aggregateId, payload: { eventId, note } }));
    });
  }
}
