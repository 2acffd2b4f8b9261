import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const PREFIX = 'pd1';
const AAD = Buffer.from('网站审核工作站/personal-data/v1');

/**
 * Seals personal data (ID numbers) for storage: AES-256-GCM with a fresh IV per value, written as
 * `pd1:<iv>:<tag>:<ciphertext>` (base64). The journal and the projections hold only sealed values; the main process
 * opens them to check or mask them, and nothing else ever sees them in full.
 */
export class PersonalDataCipher {
  private loaded: Buffer | null = null;

  /** The key is asked for at the first seal or open, so that work without ID numbers never needs it. */
  constructor(private readonly loadKey: () => Buffer) {}

  private get key(): Buffer {
    if (!this.loaded) {
      const key = this.loadKey();
      if (key.length !== 32) throw new Error('personal-data key must be 32 bytes');
      this.loaded = key;
    }
    return this.loaded;
  }

  seal(plain: string): string {
    if (!plain) return '';
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(AAD);
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [PREFIX, iv.toString('base64'), cipher.getAuthTag().toString('base64'), sealed.toString('base64')].join(':');
  }

  /** The plain value; '' stays ''. A value that was never sealed is returned as it is. */
  open(stored: string): string {
    if (!stored.startsWith(`${PREFIX}:`)) return stored;
    const [, iv, tag, data] = stored.split(':');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAAD(AAD);
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  }
}
