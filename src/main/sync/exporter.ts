import { createHash, randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { AppError } from '../../shared/api/errors';
import type { EventType } from '../../shared/events/events';
import { BUNDLE_FORMAT, travelsTo, type BundleManifest } from '../../shared/sync/bundle';
import type { PeerKind } from '../../shared/sync/identity';
import type { WorkDb } from '../db/open';
import { bundleHistory, peers } from '../db/schema';
import type { Logger } from '../log';
import { sealingWorkstations, type PersonalDataCipher } from '../personal-data/cipher';
import type { ScanStore } from '../scans/store';
import { writeContainer } from './container';
import { newContentKey, sealPart, signManifest, wrapForRecipient, wrapWithPassphrase } from './crypto';
import type { Identity } from './identity';
import type { ExportPlan, ExportResult, SyncProgress } from '../../shared/sync/views';
import type { EventRow } from '../journal/journal';
import { runSteps, runStepsAsync, type Steps } from './steps';
import type { OriginSeq, SyncLedger } from './ledger';

export interface ExportRequest {
  peerId: string;
  full: boolean;
  file: string;
  passphrase?: string;
}

/** The journal's row as one line of events.ndjson: the stored payload text spliced in, so nothing is re-encoded. */
function wireLine(row: EventRow): string {
  const head = JSON.stringify({
    id: row.id,
    hlc: row.hlc,
    workstationId: row.workstation_id,
    seq: row.seq,
    actor: row.actor,
    aggregateId: row.aggregate_id,
    type: row.type,
    version: row.version,
  });
  return `${head.slice(0, -1)},"payload":${row.payload},"prevHash":"${row.prev_hash}","hash":"${row.hash}"}`;
}

/**
 * Writes sync bundles for a peer (docs/bundle-format.md): per origin, every event the peer has not acknowledged (or
 * all, for a full export) that may travel to a peer of its kind, the scans they name, and the personal-data keys
 * their ID numbers were sealed with — encrypted to the peer (or, instead, under a passphrase it must type) and signed
 * by this workstation.
 */
export class BundleExporter {
  private readonly statements;

  constructor(
    private readonly work: WorkDb,
    private readonly ledger: SyncLedger,
    private readonly identity: () => Identity,
    private readonly workstation: () => { id: string; name: string },
    private readonly cipher: PersonalDataCipher,
    private readonly scans: ScanStore,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.statements = {
      // Read a page at a time: the app serves other requests between pages, which an open iterator would forbid.
      user: work.sqlite.prepare('SELECT display_name FROM users WHERE id = ?').pluck(),
      remoteActor: work.sqlite.prepare('SELECT display_name AS name, workstation_id AS workstationId FROM remote_actors WHERE actor_id = ?'),
      range: work.sqlite.prepare('SELECT * FROM events WHERE workstation_id = ? AND seq BETWEEN ? AND ? ORDER BY seq LIMIT 2000'),
    };
  }

  private peer(peerId: string) {
    const peer = this.work.db.select().from(peers).where(eq(peers.workstationId, peerId)).get();
    if (!peer) throw new AppError('NOT_FOUND', '找不到该同步对象；请先在“同步对象”中添加。');
    return { ...peer, kind: peer.kind as PeerKind };
  }

  private ranges(peerId: string, full: boolean): { origin: string; from: number; to: number }[] {
    const acks = full ? new Map<string, number>() : this.ledger.acks(peerId);
    return this.ledger
      .seen()
      .map(({ origin, seq }: OriginSeq) => ({ origin, from: (acks.get(origin) ?? 0) + 1, to: seq }))
      .filter((range) => range.from <= range.to);
  }

  private *rows(ranges: ExportPlan['ranges'], kind: PeerKind): Generator<EventRow> {
    for (const range of ranges) {
      for (let from = range.from; from <= range.to; ) {
        const page = this.statements.range.all(range.origin, from, range.to) as EventRow[];
        if (page.length === 0) break;
        for (const row of page) if (travelsTo(row.type as EventType, kind)) yield row;
        from = page[page.length - 1].seq + 1;
      }
    }
  }

  /** The names of the users (here or, as received, elsewhere) who recorded these events: `{ actorId: name }`. */
  private actorNames(actors: Set<string>): Record<string, { name: string; workstationId: string }> {
    const names: Record<string, { name: string; workstationId: string }> = {};
    for (const actor of actors) {
      const own = this.statements.user.get(actor) as string | undefined;
      const remote = own ? undefined : (this.statements.remoteActor.get(actor) as { name: string; workstationId: string } | undefined);
      if (own) names[actor] = { name: own, workstationId: this.workstation().id };
      else if (remote) names[actor] = remote;
    }
    return names;
  }

  /** What an export to this peer would carry, without writing anything. */
  plan(peerId: string, full: boolean): ExportPlan {
    const peer = this.peer(peerId);
    const ranges = this.ranges(peerId, full);
    const byType: ExportPlan['byType'] = {};
    const attachments = new Set<string>();
    let events = 0;
    for (const row of this.rows(ranges, peer.kind)) {
      events++;
      byType[row.type as EventType] = (byType[row.type as EventType] ?? 0) + 1;
      if (row.type === 'ScanAttached') attachments.add((JSON.parse(row.payload) as { sha256: string }).sha256);
    }
    return { peer: { workstationId: peer.workstationId, name: peer.name, kind: peer.kind }, full, events, byType, attachments: attachments.size, ranges };
  }

  export(actor: string, request: ExportRequest): ExportResult {
    return runSteps(this.steps(actor, request));
  }

  /** The same, yielding to the event loop as it goes and reporting progress. */
  exportAsync(actor: string, request: ExportRequest, onProgress: (progress: SyncProgress) => void): Promise<ExportResult> {
    return runStepsAsync(this.steps(actor, request), onProgress);
  }

  private *steps(actor: string, request: ExportRequest): Steps<ExportResult> {
    const peer = this.peer(request.peerId);
    const own = this.workstation();
    const identity = this.identity();
    const bundleId = randomUUID();
    const contentKey = newContentKey();
    const ranges = this.ranges(peer.workstationId, request.full);
    const total = ranges.reduce((sum, r) => sum + r.to - r.from + 1, 0);
    let events = 0;
    let attachments = 0;

    const lines: string[] = [];
    const byType: ExportPlan['byType'] = {};
    const wanted = new Set<string>();
    const sealedBy = new Set<string>();
    const actors = new Set<string>();
    for (const row of this.rows(ranges, peer.kind)) {
      const line = wireLine(row);
      lines.push(line);
      if (row.actor) actors.add(row.actor);
      byType[row.type as EventType] = (byType[row.type as EventType] ?? 0) + 1;
      if (row.type === 'ScanAttached') wanted.add((JSON.parse(row.payload) as { sha256: string }).sha256);
      if (row.type === 'UnitRegistered' || row.type === 'UnitUpdated') for (const id of sealingWorkstations(line)) sealedBy.add(id);
      if (++events % 2000 === 0) yield { phase: 'events', done: events, total, bytes: 0 };
    }

    const parts: [string, Buffer][] = [['events.ndjson.gz', sealPart(contentKey, bundleId, 'events.ndjson.gz', gzipSync(lines.length ? `${lines.join('\n')}\n` : ''))]];
    lines.length = 0;
    const keys = Object.fromEntries(Object.entries(this.cipher.keysFor(sealedBy)).map(([id, key]) => [id, key.toString('base64')]));
    parts.push(['keys.json', sealPart(contentKey, bundleId, 'keys.json', Buffer.from(JSON.stringify(keys)))]);
    parts.push(['actors.json', sealPart(contentKey, bundleId, 'actors.json', Buffer.from(JSON.stringify(this.actorNames(actors))))]);
    let missingAttachments = 0;
    for (const sha256 of wanted) {
      if (!this.scans.has(sha256)) {
        missingAttachments++;
        continue;
      }
      const name = `attachments/${sha256}`;
      parts.push([name, sealPart(contentKey, bundleId, name, this.scans.read(sha256))]);
      yield { phase: 'attachments', done: ++attachments, total: wanted.size, bytes: 0 };
    }

    const manifest: BundleManifest = {
      format: BUNDLE_FORMAT,
      bundleId,
      createdAt: new Date(this.now()).toISOString(),
      source: { workstationId: own.id, name: own.name, fingerprint: identity.fingerprint },
      recipients: [{ workstationId: peer.workstationId, name: peer.name }],
      full: request.full,
      ranges,
      seen: this.ledger.seen(),
      counts: { events, attachments },
      parts: parts.map(([name, bytes]) => ({ name, size: bytes.length, sha256: sha256Hex(bytes) })),
      encryption: {
        algorithm: 'AES-256-GCM',
        // With a passphrase, only the passphrase opens it: the recipient must type it, as the screen says.
        recipients: request.passphrase ? [] : [wrapForRecipient(contentKey, bundleId, { workstationId: peer.workstationId, agreementKey: peer.agreementKey })],
        passphrase: request.passphrase ? wrapWithPassphrase(contentKey, bundleId, request.passphrase) : null,
      },
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2));
    yield { phase: 'writing', done: 0, total: 0, bytes: 0 };
    const entries: [string, Uint8Array][] = [
      ...parts.map(([name, bytes]): [string, Uint8Array] => [`${name}.enc`, bytes]),
      ['manifest.json', manifestBytes],
      ['manifest.sig', Buffer.from(signManifest(manifestBytes, identity.privateKey))],
    ];
    const bytes = writeContainer(request.file, entries);

    this.work.db
      .insert(bundleHistory)
      .values({ bundleId, direction: 'export', peerId: peer.workstationId, fileName: basename(request.file), at: new Date(this.now()).toISOString(), actor, result: 'exported', events, attachments, bytes, message: missingAttachments ? `${missingAttachments} 个扫描件本机没有，未包含` : '' })
      .run();
    this.log.info(`bundle ${bundleId} exported to ${peer.workstationId}: ${events} events, ${attachments} attachments, ${bytes} bytes`);
    return { peer: { workstationId: peer.workstationId, name: peer.name, kind: peer.kind }, full: request.full, events, byType, attachments, ranges, bundleId, file: request.file, bytes, missingAttachments };
  }
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
