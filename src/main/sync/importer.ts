import { basename, dirname, join } from 'node:path';
import dayjs from 'dayjs';
import { AppError } from '../../shared/api/errors';
import { eq } from 'drizzle-orm';
import { EVENT_VERSION, eventPayloadSchemas, type DomainEvent, type EventType } from '../../shared/events/events';
import { wireEventSchema } from '../../shared/sync/bundle';
import { eventHash } from '../journal/chain';
import type { WorkDb } from '../db/open';
import { bundleHistory, parkedEvents } from '../db/schema';
import type { Journal } from '../journal/journal';
import { parseHlc } from '../journal/clock';
import { replayAll } from '../journal/projections';
import { applyEvent } from '../journal/projector';
import type { Logger } from '../log';
import type { PeerKeyring } from '../personal-data/keyring';
import type { ScanStore } from '../scans/store';
import { backupDatabase } from '../system/backup';
import type { SyncLedger } from './ledger';
import type { ConflictPreview, ImportPreview, ImportResult, SyncProgress } from '../../shared/sync/views';
import { runSteps, runStepsAsync, type Steps } from './steps';
import { groupConflicts } from './conflict-groups';
import type { BundleVerifier, VerifiedBundle } from './verify';

/** Clock stamps further ahead of this workstation's clock than this are flagged before import. */
const FUTURE_TOLERANCE_MS = 24 * 3600 * 1000;
/** A bundle closing (注销/撤回) at least this many applications, and most of the open ones, needs confirmation. */
const MASS_CLOSURE_MIN = 5;

class DryRun extends Error {}

/**
 * Imports verified bundles: a preview from a dry run (applied inside a transaction that is rolled back), then — after
 * the admin's confirmation where the preview asks for it and a backup of the database — the bundle applied in one
 * transaction: the new events stored as they came, unknown ones parked, coverage and the sender's acknowledgements
 * raised, the projections brought up to date (appended when every new event is newer than all held, else replayed in
 * clock order), and the history row. A crash leaves all of it or none; importing the same bundle again changes nothing.
 */
export class BundleImporter {
  private readonly statements;

  constructor(
    private readonly work: WorkDb,
    private readonly journal: Journal,
    private readonly verifier: BundleVerifier,
    private readonly ledger: SyncLedger,
    private readonly keyring: PeerKeyring,
    private readonly scans: ScanStore,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {
    const { sqlite } = work;
    this.statements = {
      held: sqlite.prepare('SELECT 1 FROM events WHERE id = ?').pluck(),
      imported: sqlite.prepare("SELECT at FROM bundle_history WHERE bundle_id = ? AND direction = 'import'").pluck(),
      conflictIds: sqlite.prepare('SELECT event_id FROM conflicts ORDER BY hlc').pluck(),
      remoteActor: sqlite.prepare(
        'INSERT INTO remote_actors (actor_id, display_name, workstation_id) VALUES (?, ?, ?) ON CONFLICT (actor_id) DO UPDATE SET display_name = excluded.display_name',
      ),
      conflict: sqlite.prepare(
        `SELECT c.event_type AS eventType, c.aggregate_id AS aggregateId, c.workstation_id AS workstationId, a.serial_no AS serialNo,
                a.site_name AS siteName, c.wanted, c.found FROM conflicts c LEFT JOIN applications a ON a.id = c.aggregate_id WHERE c.event_id = ?`,
      ),
      application: sqlite.prepare('SELECT serial_no AS serialNo, site_name AS siteName FROM applications WHERE id = ?'),
      open: sqlite.prepare("SELECT count(*) FROM applications WHERE state NOT IN ('draft', 'withdrawn', 'revoked', 'refused')").pluck(),
      openOne: sqlite.prepare("SELECT 1 FROM applications WHERE id = ? AND state NOT IN ('draft', 'withdrawn', 'revoked', 'refused')").pluck(),
    };
  }

  /** Verifies the bundle and says what importing it would do; writes nothing. */
  open(file: string, options: { passphrase?: string; conflicts: boolean }): { bundle: VerifiedBundle; preview: ImportPreview } {
    return runSteps(this.openSteps(file, options));
  }

  openAsync(file: string, options: { passphrase?: string; conflicts: boolean }, onProgress: (progress: SyncProgress) => void): Promise<{ bundle: VerifiedBundle; preview: ImportPreview }> {
    return runStepsAsync(this.openSteps(file, options), onProgress);
  }

  private *openSteps(file: string, options: { passphrase?: string; conflicts: boolean }): Steps<{ bundle: VerifiedBundle; preview: ImportPreview }> {
    const bundle = this.accepted(yield* this.verifier.steps(file, options.passphrase));
    return { bundle, preview: this.preview(bundle, options.conflicts) };
  }

  /** Verifies the bundle and refuses one already imported or bringing nothing new; writes nothing. */
  verified(file: string, passphrase?: string): VerifiedBundle {
    return this.accepted(this.verifier.verify(file, passphrase));
  }

  private accepted(bundle: VerifiedBundle): VerifiedBundle {
    const at = this.statements.imported.get(bundle.manifest.bundleId) as string | undefined;
    if (at) throw new AppError('CONFLICT', `该同步包已于 ${dayjs(at).format('YYYY-MM-DD HH:mm')} 导入过，未做任何改动。`);
    if (bundle.events.length === 0 && bundle.parked.length === 0 && !this.raisesAcks(bundle)) {
      throw new AppError('CONFLICT', '同步包中的内容本机都已有（可能是较早的或重复的同步包），未做任何改动。');
    }
    return bundle;
  }

  private raisesAcks(bundle: VerifiedBundle): boolean {
    const acks = this.ledger.acks(bundle.source.workstationId);
    return bundle.manifest.seen.some(({ origin, seq }) => seq > (acks.get(origin) ?? 0));
  }

  /** What an admin must confirm first: a mass closure, or stamps far ahead of this clock. Cheap: no dry run. */
  private attention(bundle: VerifiedBundle): Pick<ImportPreview, 'massClosure' | 'farFuture' | 'confirmations'> {
    const closing = new Set<string>();
    for (const event of bundle.events) {
      if ((event.type === 'ApplicationRevoked' || event.type === 'ApplicationWithdrawn') && this.statements.openOne.get(event.payload.applicationId)) {
        closing.add(event.payload.applicationId);
      }
    }
    const open = this.statements.open.get() as number;
    const massClosure = closing.size >= MASS_CLOSURE_MIN && closing.size * 2 > open ? { closing: closing.size, open } : null;
    const farFuture = this.farFuture(bundle.events).length;
    const confirmations = [
      ...(massClosure ? [`该同步包会注销或撤回 ${massClosure.closing} 个申请，占本机 ${massClosure.open} 个在办及已通过申请的大多数。`] : []),
      ...(farFuture ? [`该同步包中有 ${farFuture} 个事件的时间比本机时钟晚一天以上（对方电脑时间可能有误）。`] : []),
    ];
    return { massClosure, farFuture, confirmations };
  }

  /**
   * What importing would do. `conflicts` comes from a dry run — the bundle applied inside a transaction that is always
   * rolled back — which costs as much as the import itself; without it (the command line's import, which reports the
   * conflicts it meets) it is null.
   */
  private preview(bundle: VerifiedBundle, withConflicts: boolean): ImportPreview {
    const byType: ImportPreview['byType'] = {};
    const applicationIds = new Set<string>();
    const submitted = new Map<string, { serialNo: string; siteName: string }>();
    for (const event of bundle.events) {
      byType[event.type] = (byType[event.type] ?? 0) + 1;
      if ('applicationId' in event.payload) applicationIds.add(event.payload.applicationId);
      if (event.type === 'ApplicationSubmitted') submitted.set(event.payload.applicationId, { serialNo: event.payload.serialNo, siteName: event.payload.data.siteName });
    }
    const sample = [...applicationIds].slice(0, 20).flatMap((id) => {
      const row = (this.statements.application.get(id) as ImportPreview['applications']['sample'][number] | undefined) ?? submitted.get(id);
      return row ? [row] : [];
    });
    let conflicts: ConflictPreview[] | null = null;
    if (withConflicts) {
      try {
        this.work.sqlite.transaction(() => {
          const before = new Set(this.statements.conflictIds.all() as string[]);
          this.write(bundle, { actor: '', dryRun: true, fileName: '' });
          conflicts = this.newConflicts(before);
          throw new DryRun();
        })();
      } catch (error) {
        if (!(error instanceof DryRun)) throw error;
      }
    }
    const { manifest, source } = bundle;
    return {
      bundleId: manifest.bundleId,
      source,
      createdAt: manifest.createdAt,
      full: manifest.full,
      newEvents: bundle.events.length,
      duplicates: bundle.duplicates,
      byType,
      parked: bundle.parked.length,
      attachments: bundle.attachments.size,
      applications: { count: applicationIds.size, sample },
      conflicts,
      ...this.attention(bundle),
    };
  }

  /** Conflicts recorded since `before` (event ids), counted as admins count them. */
  private newConflicts(before: Set<string>): ConflictPreview[] {
    const rows = (this.statements.conflictIds.all() as string[]).filter((id) => !before.has(id)).map((id) => this.statements.conflict.get(id) as Omit<ConflictPreview, 'notices' | 'workstationName'> & { aggregateId: string });
    // The workstation's name is the service's to add: it knows the peers' names.
    return groupConflicts(rows).map(({ row: { aggregateId: _a, ...row }, notices }) => ({ ...row, workstationName: row.workstationId, notices: notices.length }));
  }

  private farFuture(events: DomainEvent[]): DomainEvent[] {
    const limit = this.now() + FUTURE_TOLERANCE_MS;
    return events.filter((event) => parseHlc(event.hlc).millis > limit);
  }

  /** Applies a verified bundle; `confirmed` must be true when the preview listed confirmations. */
  async apply(actor: string, bundle: VerifiedBundle, options: { confirmed: boolean; fileName?: string }, onProgress?: (progress: SyncProgress) => void): Promise<ImportResult> {
    const { confirmations } = this.attention(bundle);
    if (confirmations.length && !options.confirmed) throw new AppError('CONFLICT', `需要确认后才能导入：${confirmations.join('')}`);
    // Files and keys first: both are keyed by content or id, so one left behind by a failed import is harmless.
    this.keyring.add(bundle.keys);
    for (const data of bundle.attachments.values()) this.scans.put(data);
    onProgress?.({ phase: 'backup', done: 0, total: 0, bytes: 0 });
    const backup = bundle.events.length
      ? (await backupDatabase(this.work, join(dirname(this.work.file), 'backups', `before-import-${dayjs(this.now()).format('YYYYMMDD-HHmmss')}.db`))).file
      : null;
    onProgress?.({ phase: 'applying', done: 0, total: bundle.events.length, bytes: 0 });
    // Let the screen hear of the last phase before the transaction holds the process to the end.
    if (onProgress) await new Promise((resolve) => setImmediate(resolve));
    const result = this.work.sqlite.transaction(() => {
      const before = new Set(this.statements.conflictIds.all() as string[]);
      const written = this.write(bundle, { actor, dryRun: false, fileName: options.fileName ?? basename(bundle.file) });
      return { ...written, conflicts: this.newConflicts(before).length };
    }).immediate();
    this.log.info(`bundle ${bundle.manifest.bundleId} from ${bundle.source.workstationId} imported: ${result.applied} new, ${result.parked} parked, ${result.conflicts} conflicts`);
    return { bundleId: bundle.manifest.bundleId, duplicates: bundle.duplicates, backup, ...result };
  }

  /**
   * Events parked by an earlier release whose type and payload version this release knows: stored in the journal and
   * the projections replayed, in one transaction. Run when the data directory is opened, so an upgrade applies them.
   */
  replayParked(): number {
    const rows = this.work.db.select().from(parkedEvents).all();
    const ready = rows.flatMap((row) => {
      if (!Object.hasOwn(eventPayloadSchemas, row.type) || row.version > EVENT_VERSION) return [];
      const wire = wireEventSchema.safeParse(JSON.parse(row.line));
      const payload = wire.success ? eventPayloadSchemas[row.type as EventType].safeParse(wire.data.payload) : null;
      if (!wire.success || !payload?.success || eventHash(wire.data as unknown as DomainEvent) !== wire.data.hash) {
        this.log.warn(`parked event ${row.id} (${row.type}) does not match its schema or hash; left parked`);
        return [];
      }
      return [wire.data as unknown as DomainEvent];
    });
    if (ready.length === 0) return 0;
    ready.sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
    this.work.sqlite.transaction(() => {
      for (const event of ready) {
        if (!this.statements.held.get(event.id)) this.journal.receive(event);
        this.work.db.delete(parkedEvents).where(eq(parkedEvents.id, event.id)).run();
      }
      replayAll(this.work, this.journal);
      this.journal.observe(ready[ready.length - 1].hlc);
    }).immediate();
    this.log.info(`replayed ${ready.length} parked events`);
    return ready.length;
  }

  private write(bundle: VerifiedBundle, options: { actor: string; dryRun: boolean; fileName: string }): Omit<ImportResult, 'bundleId' | 'duplicates' | 'backup' | 'conflicts'> {
    const { manifest, source } = bundle;
    const newest = this.journal.newestStamp();
    // Checked again inside the transaction: another import may have landed since the bundle was verified.
    const fresh = bundle.events.filter((event) => !this.statements.held.get(event.id));
    for (const event of fresh) this.journal.receive(event);
    const parkedAt = new Date(this.now()).toISOString();
    for (const { event, line } of bundle.parked) {
      this.work.db
        .insert(parkedEvents)
        .values({ id: event.id, origin: event.workstationId, seq: event.seq, type: event.type, version: event.version, line, bundleId: manifest.bundleId, parkedAt })
        .onConflictDoNothing()
        .run();
    }
    for (const range of manifest.ranges) this.ledger.raiseCoverage(range.origin, range.to);
    for (const [actorId, actor] of Object.entries(bundle.actors)) {
      // This workstation's own users are named by its own table.
      if (actor.workstationId === this.journal.workstationId) continue;
      this.statements.remoteActor.run(actorId, actor.name, actor.workstationId);
    }
    for (const { origin, seq } of manifest.seen) this.ledger.raiseAck(source.workstationId, origin, seq);
    // Appending is replay when everything new sorts after everything held; otherwise replay the whole journal.
    const rebuilt = fresh.length > 0 && newest !== null && fresh[0].hlc < newest;
    if (rebuilt) replayAll(this.work, this.journal);
    else for (const event of fresh) applyEvent(this.work.db, event);
    if (fresh.length) this.journal.observe(fresh[fresh.length - 1].hlc);
    if (!options.dryRun) {
      this.work.db
        .insert(bundleHistory)
        .values({
          bundleId: manifest.bundleId,
          direction: 'import',
          peerId: source.workstationId,
          fileName: options.fileName,
          at: new Date(this.now()).toISOString(),
          actor: options.actor,
          result: fresh.length ? 'applied' : 'acknowledged',
          events: fresh.length,
          attachments: bundle.attachments.size,
          bytes: bundle.bytes,
          message: bundle.parked.length ? `${bundle.parked.length} 个事件类型较新，已暂存待升级后处理` : '',
        })
        .run();
    }
    return { applied: fresh.length, parked: bundle.parked.length, rebuilt };
  }
}
