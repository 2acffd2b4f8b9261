import { eq, or } from 'drizzle-orm';
import { AppError } from '../../shared/api/errors';
import type { PeerView } from '../../shared/api/types';
import { identityFileSchema, type IdentityFile, type PeerKind } from '../../shared/sync/identity';
import { actorName, userNames } from '../audit/describe';
import type { WorkDb } from '../db/open';
import { peerAcks, peers } from '../db/schema';
import type { Journal } from '../journal/journal';
import type { Logger } from '../log';
import { agreementKeyFrom, agreementKeyVouched, fingerprintOf, identityFile, publicKeyFrom, type Identity } from './identity';

const PLATFORM_MARK = 'identity-kind-platform';

/**
 * This workstation's identity and its 同步对象: a peer is added from its identity file after a person has compared
 * the fingerprint with the one the other side shows (in person or by phone), so a swapped file is caught.
 */
export class PeersService {
  private loaded: Identity | null = null;

  constructor(
    private readonly work: WorkDb,
    private readonly journal: Journal,
    private readonly loadIdentity: () => Identity,
    private readonly workstation: () => { name: string; regionCode: string },
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  identity(): IdentityFile {
    this.loaded ??= this.loadIdentity();
    const kind = this.work.sqlite.prepare('SELECT value FROM local_meta WHERE key = ?').pluck().get(PLATFORM_MARK) ? 'platform' : 'workstation';
    return identityFile(this.loaded, { workstationId: this.journal.workstationId, ...this.workstation(), kind });
  }

  /** Marks this data directory as the (simulated) online platform: its identity file says so. */
  markAsPlatform(): void {
    this.work.sqlite.prepare('INSERT INTO local_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING').run(PLATFORM_MARK, '1');
  }

  /** Reads an identity file and says what it holds (the fingerprint to compare) without trusting it yet. */
  read(content: string): IdentityFile {
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch {
      throw new AppError('INVALID_INPUT', '不是有效的身份文件（应为工作站或在线平台导出的 JSON 文件）。');
    }
    const result = identityFileSchema.safeParse(parsed);
    if (!result.success) throw new AppError('INVALID_INPUT', '身份文件格式不正确或版本不受支持。');
    const file = result.data;
    try {
      publicKeyFrom(file.publicKey);
      agreementKeyFrom(file.agreementKey);
    } catch {
      throw new AppError('INVALID_INPUT', '身份文件中的公钥无效。');
    }
    if (fingerprintOf(file.publicKey) !== file.fingerprint) throw new AppError('INVALID_INPUT', '身份文件中的指纹与公钥不符，文件可能被改动，未添加。');
    if (!agreementKeyVouched(file.publicKey, file.agreementKey, file.agreementKeySignature)) {
      throw new AppError('INVALID_INPUT', '身份文件中的加密公钥未经其签名密钥认可，文件可能被改动，未添加。');
    }
    return file;
  }

  add(actor: string, input: { content: string; name: string; kind: PeerKind }): PeerView {
    const file = this.read(input.content);
    const own = this.identity();
    if (file.workstationId === own.workstationId || file.publicKey === own.publicKey) throw new AppError('CONFLICT', '这是本工作站自己的身份文件。');
    const existing = this.work.db.select().from(peers).where(or(eq(peers.workstationId, file.workstationId), eq(peers.publicKey, file.publicKey))).get();
    if (existing) throw new AppError('CONFLICT', `已添加过该同步对象（${existing.name}）。`);
    this.work.db
      .insert(peers)
      .values({
        workstationId: file.workstationId,
        name: input.name.trim() || file.name,
        kind: input.kind,
        regionCode: file.regionCode,
        publicKey: file.publicKey,
        agreementKey: file.agreementKey,
        fingerprint: file.fingerprint,
        trustedAt: new Date(this.now()).toISOString(),
        trustedBy: actor,
      })
      .run();
    this.log.info(`peer added: ${file.workstationId} (${input.kind})`);
    return this.list().find((p) => p.workstationId === file.workstationId)!;
  }

  /**
   * Withdraws the trust in a peer (a workstation retired, reinstalled with new keys, or no longer trusted): its bundles
   * are refused and none are made for it. What was imported from it stays; its acknowledgements go, so a peer added
   * again starts from a full exchange.
   */
  remove(actor: string, workstationId: string): void {
    const peer = this.work.db.select().from(peers).where(eq(peers.workstationId, workstationId)).get();
    if (!peer) throw new AppError('NOT_FOUND', '找不到该同步对象。');
    this.work.sqlite.transaction(() => {
      this.work.db.delete(peerAcks).where(eq(peerAcks.peerId, workstationId)).run();
      this.work.db.delete(peers).where(eq(peers.workstationId, workstationId)).run();
    })();
    this.log.info(`peer removed by ${actor}: ${workstationId} (${peer.kind}), fingerprint ${peer.fingerprint}`);
  }

  list(): PeerView[] {
    const names = userNames(this.work.sqlite);
    return this.work.db
      .select()
      .from(peers)
      .orderBy(peers.trustedAt)
      .all()
      .map(({ publicKey: _key, agreementKey: _agreement, ...p }) => ({ ...p, kind: p.kind as PeerKind, trustedBy: actorName(names, p.trustedBy) }));
  }
}
