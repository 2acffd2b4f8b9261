import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { writeOwnerOnly, type KeyProtector } from './key-file';

export const PEER_KEYS_FILE = join('keys', 'personal-data-peers.json');

/**
 * The personal-data keys of other workstations (and the online platform), received in sync bundles, so ID numbers
 * they sealed can be opened here. Kept like this workstation's own key: sealed by safeStorage in the desktop app,
 * an owner-only file elsewhere.
 */
export class PeerKeyring {
  private loaded: Map<string, Buffer> | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly protector?: KeyProtector,
  ) {}

  get(workstationId: string): Buffer | undefined {
    return this.keys().get(workstationId);
  }

  /** Adds keys not held yet; a different key for an id already held is refused (a key never changes). */
  add(keys: Record<string, Buffer>): void {
    const held = this.keys();
    let changed = false;
    for (const [id, key] of Object.entries(keys)) {
      const existing = held.get(id);
      if (existing && !existing.equals(key)) throw new AppError('CONFLICT', `同步包中工作站 ${id} 的身份证号密钥与此前收到的不同，已拒绝。`);
      if (!existing) {
        held.set(id, key);
        changed = true;
      }
    }
    if (changed) this.save(held);
  }

  private canProtect(): boolean {
    return this.protector?.available() ?? false;
  }

  private keys(): Map<string, Buffer> {
    if (this.loaded) return this.loaded;
    const plain = join(this.dataDir, PEER_KEYS_FILE);
    const sealed = `${plain}.protected`;
    let text: string | null = null;
    if (existsSync(sealed)) {
      if (!this.canProtect()) throw new AppError('CONFLICT', '其他工作站的身份证号密钥由桌面程序通过系统密钥保护，浏览器模式和命令行无法读取。');
      text = this.protector!.decrypt(readFileSync(sealed)).toString('utf8');
    } else if (existsSync(plain)) {
      text = readFileSync(plain, 'utf8');
    }
    const entries = text ? Object.entries(JSON.parse(text) as Record<string, string>) : [];
    this.loaded = new Map(entries.map(([id, key]) => [id, Buffer.from(key, 'base64')]));
    return this.loaded;
  }

  private save(keys: Map<string, Buffer>): void {
    const json = Buffer.from(JSON.stringify(Object.fromEntries([...keys].map(([id, key]) => [id, key.toString('base64')]))));
    const plain = join(this.dataDir, PEER_KEYS_FILE);
    if (this.canProtect()) writeOwnerOnly(`${plain}.protected`, this.protector!.encrypt(json));
    else writeOwnerOnly(plain, json);
    this.loaded = keys;
  }
}
