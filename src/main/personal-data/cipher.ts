import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../../shared/api/errors';

const AAD = Buffer.from('网站审核工作站/personal-data/v1');
/** `pd2:<workstation id>:…` names whose key sealed it; `pd1:…` (earlier releases) is always this workstation's. */
const SEALED = /^pd([12]):(?:([0-9a-z]+):)?([^:]*):([^:]*):([^:]*)$/;
const SEALED_BY = /"pd2:([0-9a-z]+):/g;

/** The workstation ids whose keys sealed values in this text (an event line, a payload). */
export function sealingWorkstations(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(SEALED_BY), (match) => match[1]));
}

export interface PersonalDataKeys {
  /** This workstation's id and key; the key is asked for at the first seal or open. */
  ownId: string;
  own(): Buffer;
  /** Keys of other workstations received in sync bundles. */
  other(workstationId: string): Buffer | undefined;
}

/**
 * Seals personal data (ID numbers) for storage: AES-256-GCM with a fresh IV per value, written as
 * `pd2:<workstation id>:<iv>:<tag>:<ciphertext>` (base64). The journal and the projections hold only sealed values;
 * the main process opens them to check or mask them, and nothing else ever sees them in full. Values sealed on
 * another workstation open with that workstation's key, which travels (encrypted) in the sync bundles.
 */
export class PersonalDataCipher {
  private ownKey: Buffer | null = null;

  constructor(private readonly keys: PersonalDataKeys) {}

  private get key(): Buffer {
    if (!this.ownKey) {
      const key = this.keys.own();
      if (key.length !== 32) throw new Error('personal-data key must be 32 bytes');
      this.ownKey = key;
    }
    return this.ownKey;
  }

  private keyOf(workstationId: string | undefined): Buffer {
    if (!workstationId || workstationId === this.keys.ownId) return this.key;
    const key = this.keys.other(workstationId);
    if (!key) throw new AppError('CONFLICT', `该身份证号由工作站 ${workstationId} 加密，本机尚未收到它的密钥（随该工作站的同步包送达）。`);
    return key;
  }

  seal(plain: string): string {
    if (!plain) return '';
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(AAD);
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['pd2', this.keys.ownId, iv.toString('base64'), cipher.getAuthTag().toString('base64'), sealed.toString('base64')].join(':');
  }

  /** The plain value; '' stays ''. A value that was never sealed is returned as it is. */
  open(stored: string): string {
    const match = SEALED.exec(stored);
    if (!match) return stored;
    const [, , workstationId, iv, tag, data] = match;
    const decipher = createDecipheriv('aes-256-gcm', this.keyOf(workstationId), Buffer.from(iv, 'base64'));
    decipher.setAAD(AAD);
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  }

  /** Whether the key that sealed this value is here (own values always are). */
  canOpen(stored: string): boolean {
    const workstationId = SEALED.exec(stored)?.[2];
    return !workstationId || workstationId === this.keys.ownId || this.keys.other(workstationId) !== undefined;
  }

  /** The keys a bundle must carry so its recipient can open the values sealed by these workstations. */
  keysFor(workstationIds: Iterable<string>): Record<string, Buffer> {
    return Object.fromEntries([...workstationIds].map((id) => [id, this.keyOf(id)]));
  }
}
