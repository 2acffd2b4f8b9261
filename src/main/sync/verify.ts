import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { AppError } from '../../shared/api/errors';
import { EVENT_VERSION, eventPayloadSchemas, type DomainEvent, type EventType } from '../../shared/events/events';
import { BUNDLE_FORMAT, BUNDLE_LIMITS, bundleManifestSchema, EVENT_REACH, wireEventSchema, type BundleManifest, type WireEvent } from '../../shared/sync/bundle';
import type { PeerKind } from '../../shared/sync/identity';
import { z } from '../../shared/zod';
import type { WorkDb } from '../db/open';
import { peers } from '../db/schema';
import { eventHash } from '../journal/chain';
import { parseHlc } from '../journal/clock';
import { readContainer } from './container';
import { manifestSigned, openPart, unwrapAsRecipient, unwrapWithPassphrase } from './crypto';
import type { Identity } from './identity';
import type { SyncLedger } from './ledger';
import { runSteps, type Steps } from './steps';

/** A bundle that passed every check: what it brings that this copy does not hold yet, decrypted and parsed. */
export interface VerifiedBundle {
  file: string;
  bytes: number;
  manifest: BundleManifest;
  source: { workstationId: string; name: string; kind: PeerKind };
  /** Events not held yet, in clock order. */
  events: DomainEvent[];
  /** Events already held (a bundle may arrive twice, or overlap an earlier one). */
  duplicates: number;
  /** Events of a type or payload version this release does not know, not held or parked yet. */
  parked: { event: WireEvent; line: string }[];
  attachments: Map<string, Buffer>;
  keys: Record<string, Buffer>;
  /** The names of the users who recorded the events, by actor id. */
  actors: Record<string, { name: string; workstationId: string }>;
}

const actorsSchema = z.record(z.string().max(64), z.object({ name: z.string().max(40), workstationId: z.string().regex(/^[0-9a-z]{1,64}$/) }));

function refuse(message: string): never {
  throw new AppError('INVALID_INPUT', message);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Which aggregate an event needs to exist before it: the application or unit it concerns, created earlier. */
function prerequisite(event: DomainEvent): { kind: 'application' | 'unit' | 'event' | 'notice'; id: string } | null {
  switch (event.type) {
    case 'ApplicationSubmitted':
    case 'ApplicationDraftSaved':
      return { kind: 'unit', id: event.payload.unitId };
    case 'UnitUpdated':
      return { kind: 'unit', id: event.payload.unitId };
    case 'ConflictResolved':
      return { kind: 'event', id: event.payload.eventId };
    case 'ApplicationDraftDiscarded':
    case 'InitialReviewDecided':
    case 'FinalReviewDecided':
    case 'PaperCheckedIn':
    case 'ScanAttached':
    case 'BadgeIssued':
    case 'BadgeChecked':
    case 'ApplicationWithdrawn':
    case 'ApplicationRevoked':
    case 'ApplicationListed':
    case 'ConacReviewed':
    case 'NoticeQueued':
      return { kind: 'application', id: event.payload.applicationId };
    case 'NoticeSent':
      return { kind: 'notice', id: event.payload.noticeId };
    default:
      return null;
  }
}

/**
 * Opens and checks a bundle without writing anything: the container (size, names, no compression), the manifest
 * (format, schema), the signer (a trusted peer, signature over the manifest), the recipient (this workstation), every
 * part's size and hash, decryption, every event line (JSON, envelope, its own hash, within the declared ranges, a
 * known type's payload schema), that nothing is missing before the bundle's ranges, that events already held are the
 * same, and that every event's application or unit exists here or in the bundle.
 */
export class BundleVerifier {
  private readonly statements;

  constructor(
    private readonly work: WorkDb,
    private readonly ledger: SyncLedger,
    private readonly identity: () => Identity,
    private readonly ownId: string,
  ) {
    const { sqlite } = work;
    this.statements = {
      heldAt: sqlite.prepare('SELECT id, hash FROM events WHERE workstation_id = ? AND seq = ?'),
      parked: sqlite.prepare('SELECT 1 FROM parked_events WHERE id = ?').pluck(),
      application: sqlite.prepare('SELECT 1 FROM applications WHERE id = ?').pluck(),
      unit: sqlite.prepare('SELECT 1 FROM units WHERE id = ?').pluck(),
      event: sqlite.prepare('SELECT 1 FROM events WHERE id = ?').pluck(),
      notice: sqlite.prepare('SELECT 1 FROM notices WHERE id = ?').pluck(),
    };
  }

  verify(file: string, passphrase?: string): VerifiedBundle {
    return runSteps(this.steps(file, passphrase));
  }

  /** The same checks, yielding progress as it goes through the event lines and attachments. */
  *steps(file: string, passphrase?: string): Steps<VerifiedBundle> {
    const entries = readContainer(file);
    const bytes = [...entries.values()].reduce((sum, data) => sum + data.length, 0);
    const manifestBytes = entries.get('manifest.json');
    const signature = entries.get('manifest.sig');
    if (!manifestBytes || !signature) refuse('同步包缺少清单或签名（文件不完整），已拒绝。');
    const manifest = this.parseManifest(manifestBytes);
    const source = this.trustedSource(manifest);
    const peer = this.work.db.select().from(peers).where(eq(peers.workstationId, source.workstationId)).get()!;
    if (!manifestSigned(manifestBytes, Buffer.from(signature).toString('utf8'), peer.publicKey)) {
      refuse(`同步包的签名与“${peer.name}”的公钥不符，文件可能被改动或伪造，已拒绝。`);
    }
    if (!manifest.recipients.some((r) => r.workstationId === this.ownId)) {
      refuse(`该同步包是发给“${manifest.recipients.map((r) => r.name).join('、')}”的，不是本工作站，已拒绝。`);
    }
    this.checkParts(manifest, entries);
    const contentKey = this.contentKey(manifest, passphrase);
    const open = (name: string) => {
      try {
        return openPart(contentKey, manifest.bundleId, name, entries.get(`${name}.enc`)!);
      } catch {
        return refuse(`同步包中的“${name}”无法解密（已被改动），已拒绝。`);
      }
    };

    const { events, duplicates, parked } = yield* this.readEvents(manifest, open('events.ndjson.gz'));
    const keys = this.readKeys(open('keys.json'));
    // Optional: who recorded the events, by name (bundles of the platform need not carry it).
    const actors = manifest.parts.some((p) => p.name === 'actors.json') ? this.readActors(open('actors.json')) : {};
    const attachments = new Map<string, Buffer>();
    for (const part of manifest.parts) {
      if (!part.name.startsWith('attachments/')) continue;
      const data = open(part.name);
      const hash = part.name.slice('attachments/'.length);
      if (sha256(data) !== hash) refuse(`同步包中的附件 ${hash.slice(0, 12)}… 内容与其名称不符，已拒绝。`);
      attachments.set(hash, data);
      yield { phase: 'attachments', done: attachments.size, total: manifest.counts.attachments, bytes: 0 };
    }
    this.checkPrerequisites(events);
    return { file, bytes, manifest, source, events, duplicates, parked, attachments, keys, actors };
  }

  private parseManifest(bytes: Uint8Array): BundleManifest {
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
    } catch {
      return refuse('同步包清单不是有效的 JSON（文件已损坏），已拒绝。');
    }
    const format = (parsed as { format?: unknown })?.format;
    if (typeof format === 'string' && format.startsWith('wssh-bundle/') && format !== BUNDLE_FORMAT) {
      refuse(`同步包格式为 ${format}，本程序只能读取 ${BUNDLE_FORMAT}；请先升级本程序。`);
    }
    const result = bundleManifestSchema.safeParse(parsed);
    if (!result.success) refuse(`同步包清单格式不正确（${result.error.issues[0].path.join('.')}），已拒绝。`);
    return result.data;
  }

  private trustedSource(manifest: BundleManifest): VerifiedBundle['source'] {
    const { workstationId, name, fingerprint } = manifest.source;
    if (workstationId === this.ownId) refuse('这是本工作站自己导出的同步包，无需导入。');
    const peer = this.work.db.select().from(peers).where(eq(peers.workstationId, workstationId)).get();
    if (!peer) {
      refuse(`同步包来自尚未添加的“${name}”（工作站 ${workstationId}，指纹 ${fingerprint}）。请管理员向对方核对指纹，添加为同步对象后再导入。`);
    }
    if (peer.fingerprint !== fingerprint) refuse(`同步包声称来自“${peer.name}”，但指纹与已添加的不符，已拒绝。`);
    return { workstationId, name: peer.name, kind: peer.kind as PeerKind };
  }

  private checkParts(manifest: BundleManifest, entries: Map<string, Uint8Array>): void {
    const declared = new Set(manifest.parts.map((p) => `${p.name}.enc`));
    for (const name of entries.keys()) {
      if (name !== 'manifest.json' && name !== 'manifest.sig' && !declared.has(name)) refuse(`同步包中有清单未列出的文件“${name}”，已拒绝。`);
    }
    for (const required of ['events.ndjson.gz', 'keys.json']) {
      if (!manifest.parts.some((p) => p.name === required)) refuse(`同步包清单缺少“${required}”，已拒绝。`);
    }
    for (const part of manifest.parts) {
      const data = entries.get(`${part.name}.enc`);
      if (!data) refuse(`同步包缺少“${part.name}”（文件不完整），已拒绝。`);
      if (data.length !== part.size || sha256(data) !== part.sha256) refuse(`同步包中的“${part.name}”校验值不符（已损坏或被改动），已拒绝。`);
    }
  }

  private contentKey(manifest: BundleManifest, passphrase?: string): Buffer {
    const mine = manifest.encryption.recipients.find((r) => r.workstationId === this.ownId);
    try {
      if (mine) return unwrapAsRecipient(mine, manifest.bundleId, this.identity());
    } catch {
      if (!passphrase || !manifest.encryption.passphrase) refuse('无法用本工作站的密钥解开同步包（可能是发给本机旧身份的），已拒绝。');
    }
    if (!manifest.encryption.passphrase) refuse('同步包中没有给本工作站的密钥，已拒绝。');
    if (!passphrase) refuse('该同步包用口令加密，请输入口令。');
    try {
      return unwrapWithPassphrase(manifest.encryption.passphrase, manifest.bundleId, passphrase);
    } catch {
      return refuse('口令不正确，无法解开同步包。');
    }
  }

  private *readEvents(manifest: BundleManifest, gz: Buffer): Steps<Pick<VerifiedBundle, 'events' | 'duplicates' | 'parked'>> {
    let text: string;
    try {
      text = gunzipSync(gz, { maxOutputLength: BUNDLE_LIMITS.eventsBytes }).toString('utf8');
    } catch {
      return refuse('同步包中的事件数据无法解压（已损坏或超过大小上限），已拒绝。');
    }
    const ranges = new Map(manifest.ranges.map((r) => [r.origin, r]));
    for (const range of manifest.ranges) {
      const held = this.ledger.held(range.origin);
      if (range.origin === this.ownId) {
        if (range.to > held) refuse(`同步包中有本工作站第 ${held + 1} 号之后的事件，但本机从未产生过（本机数据可能是从较早的备份恢复的），已拒绝。请联系管理员处理。`);
      } else if (range.from > held + 1) {
        const name = this.work.db.select({ name: peers.name }).from(peers).where(eq(peers.workstationId, range.origin)).get()?.name;
        refuse(`缺少较早的事件：${name ? `“${name}”（工作站 ${range.origin}）` : `工作站 ${range.origin}`}的第 ${held + 1}–${range.from - 1} 号事件（可能有更早的同步包尚未导入）。请先导入更早的同步包，或请对方做一次完整导出。`);
      }
    }
    const events: DomainEvent[] = [];
    const parked: VerifiedBundle['parked'] = [];
    const seen = new Set<string>();
    let duplicates = 0;
    let count = 0;
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    for (const [index, line] of lines.entries()) {
      if (index % 2000 === 1999) yield { phase: 'verifying', done: index, total: lines.length, bytes: 0 };
      const at = `第 ${index + 1} 行`;
      if (line.length > BUNDLE_LIMITS.lineBytes) refuse(`同步包事件数据${at}过长，已拒绝。`);
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        return refuse(`同步包事件数据${at}不是有效的 JSON，已拒绝。`);
      }
      const wire = wireEventSchema.safeParse(json);
      if (!wire.success) refuse(`同步包事件数据${at}格式不正确（${wire.error.issues[0].path.join('.')}），已拒绝。`);
      const event = wire.data;
      count++;
      if (parseHlc(event.hlc).workstationId !== event.workstationId) refuse(`同步包事件数据${at}的时钟与来源工作站不符，已拒绝。`);
      if (eventHash(event as unknown as DomainEvent) !== event.hash) refuse(`同步包事件数据${at}（${event.type}）的内容与其哈希不符（已被改动），已拒绝。`);
      const range = ranges.get(event.workstationId);
      if (!range || event.seq < range.from || event.seq > range.to) refuse(`同步包事件数据${at}不在清单声明的范围内，已拒绝。`);
      if (seen.has(event.id)) refuse(`同步包事件数据${at}重复出现，已拒绝。`);
      seen.add(event.id);
      const held = this.statements.heldAt.get(event.workstationId, event.seq) as { id: string; hash: string } | undefined;
      if (held) {
        if (held.id !== event.id || held.hash !== event.hash) refuse(`同步包事件数据${at}与本机已有的同一事件（工作站 ${event.workstationId} 第 ${event.seq} 号）不一致，已拒绝。`);
        duplicates++;
        continue;
      }
      const known = Object.hasOwn(eventPayloadSchemas, event.type) && event.version <= EVENT_VERSION;
      if (!known) {
        if (!this.statements.parked.get(event.id)) parked.push({ event, line });
        continue;
      }
      const type = event.type as EventType;
      if (EVENT_REACH[type] === 'workstation') refuse(`同步包中有只应留在原工作站的事件（${type}），已拒绝。`);
      const payload = eventPayloadSchemas[type].safeParse(event.payload);
      if (!payload.success) refuse(`同步包事件数据${at}（${type}）的内容不符合格式（${payload.error.issues[0].path.join('.')}），已拒绝。`);
      events.push(event as unknown as DomainEvent);
    }
    if (count !== manifest.counts.events) refuse(`同步包清单声明 ${manifest.counts.events} 个事件，实际为 ${count} 个（文件不完整），已拒绝。`);
    events.sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
    return { events, duplicates, parked };
  }

  private readKeys(json: Buffer): Record<string, Buffer> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json.toString('utf8'));
    } catch {
      return refuse('同步包中的密钥部分不是有效的 JSON，已拒绝。');
    }
    if (typeof parsed !== 'object' || parsed === null) refuse('同步包中的密钥部分格式不正确，已拒绝。');
    const keys: Record<string, Buffer> = {};
    for (const [id, value] of Object.entries(parsed)) {
      const key = typeof value === 'string' ? Buffer.from(value, 'base64') : Buffer.alloc(0);
      if (!/^[0-9a-z]{1,64}$/.test(id) || key.length !== 32) refuse('同步包中的密钥部分格式不正确，已拒绝。');
      keys[id] = key;
    }
    return keys;
  }

  private readActors(json: Buffer): VerifiedBundle['actors'] {
    const parsed = actorsSchema.safeParse((() => {
      try {
        return JSON.parse(json.toString('utf8'));
      } catch {
        return null;
      }
    })());
    if (!parsed.success) refuse('同步包中的用户姓名部分格式不正确，已拒绝。');
    return parsed.data;
  }

  private checkPrerequisites(events: DomainEvent[]): void {
    const created = { application: new Set<string>(), unit: new Set<string>(), event: new Set(events.map((e) => e.id)), notice: new Set<string>() };
    for (const event of events) {
      if (event.type === 'NoticeQueued') created.notice.add(event.payload.noticeId);
      if (event.type === 'UnitRegistered') created.unit.add(event.payload.unitId);
      if (event.type === 'ApplicationDraftSaved' || event.type === 'ApplicationSubmitted') created.application.add(event.payload.applicationId);
    }
    for (const event of events) {
      const needed = prerequisite(event);
      if (!needed || created[needed.kind].has(needed.id) || this.statements[needed.kind].get(needed.id)) continue;
      const what = { application: '申请', unit: '单位', event: '事件', notice: '通知' }[needed.kind];
      refuse(`同步包中的事件（${event.type}，工作站 ${event.workstationId} 第 ${event.seq} 号）涉及的${what}在本机和同步包中都不存在，已拒绝。`);
    }
  }
}
