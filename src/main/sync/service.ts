import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { desc, eq, or } from 'drizzle-orm';
import { AppError } from '../../shared/api/errors';
import type { WorkDb } from '../db/open';
import { bundleHistory, conflicts, parkedEvents, peers } from '../db/schema';
import type { Journal } from '../journal/journal';
import type { BundleExporter, ExportPlan, ExportProgress, ExportResult } from './exporter';
import type { BundleImporter, ImportPreview, ImportResult } from './importer';
import type { VerifiedBundle } from './verify';

/** Size, modification time and inode: equal stamps mean the bytes checked are still the bytes there. */
function fileStamp(file: string): string | null {
  try {
    const stat = statSync(file);
    return `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
  } catch {
    return null;
  }
}

/**
 * 数据同步 for admins: export to a peer, import (verify → preview → apply), the history, the conflicts the replay
 * found and the events parked for a later release. Role checks are the router's; this is what both the screen and
 * the command line call.
 */
export class SyncService {
  private lastVerified: { file: string; stamp: string | null; bundle: VerifiedBundle } | null = null;

  constructor(
    private readonly work: WorkDb,
    private readonly journal: Journal,
    private readonly exporter: BundleExporter,
    private readonly importer: BundleImporter,
  ) {}

  /** A peer by its workstation id or by the name it was added under. */
  peerId(nameOrId: string): string {
    const peer = this.work.db.select({ id: peers.workstationId }).from(peers).where(or(eq(peers.workstationId, nameOrId), eq(peers.name, nameOrId))).get();
    if (!peer) throw new AppError('NOT_FOUND', `找不到同步对象“${nameOrId}”；请先添加（peers add）。`);
    return peer.id;
  }

  plan(peerId: string, full: boolean): ExportPlan {
    return this.exporter.plan(peerId, full);
  }

  export(actor: string, request: { peerId: string; full: boolean; file: string; passphrase?: string }, onProgress?: (progress: ExportProgress) => void): ExportResult {
    return this.exporter.export(actor, request, onProgress);
  }

  verify(file: string, passphrase?: string): ImportPreview {
    const { bundle, preview } = this.importer.open(file, passphrase);
    this.lastVerified = { file: resolve(file), stamp: fileStamp(file), bundle };
    return preview;
  }

  /**
   * Applies a bundle: the one just previewed when the file is unchanged since (its checks were made on the very
   * bytes still there), otherwise verified afresh. The importer re-checks what the database holds either way.
   */
  async import(actor: string, file: string, options: { passphrase?: string; confirmed: boolean }): Promise<ImportResult> {
    const last = this.lastVerified;
    this.lastVerified = null;
    const bundle = last && last.file === resolve(file) && last.stamp !== null && last.stamp === fileStamp(file) ? last.bundle : this.importer.verified(file, options.passphrase);
    return this.importer.apply(actor, bundle, { confirmed: options.confirmed });
  }

  history() {
    return this.work.db.select().from(bundleHistory).orderBy(desc(bundleHistory.id)).all();
  }

  conflicts() {
    return this.work.db.select().from(conflicts).orderBy(desc(conflicts.hlc)).all();
  }

  parked() {
    return this.work.db.select({ id: parkedEvents.id, origin: parkedEvents.origin, seq: parkedEvents.seq, type: parkedEvents.type, version: parkedEvents.version, bundleId: parkedEvents.bundleId, parkedAt: parkedEvents.parkedAt }).from(parkedEvents).orderBy(parkedEvents.parkedAt).all();
  }

  /** Records that an admin has dealt with a conflict; the outcome of the replay stands. */
  resolveConflict(actor: string, input: { eventId: string; note: string }): void {
    this.journal.record(actor, () => {
      const conflict = this.work.db.select().from(conflicts).where(eq(conflicts.eventId, input.eventId)).get();
      if (!conflict) throw new AppError('NOT_FOUND', '找不到该冲突。');
      if (conflict.resolvedAt) throw new AppError('CONFLICT', '该冲突已处理。');
      return [{ type: 'ConflictResolved', aggregateId: conflict.aggregateId, payload: { eventId: input.eventId, note: input.note.trim() } }];
    });
  }
}
