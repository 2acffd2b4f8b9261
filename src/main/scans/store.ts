import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../files/write';

/**
 * Scanned files by content: `attachments/<first two hex>/<sha256>` in the data directory. The same file is kept once
 * however often it is attached; a write is temp file + fsync + rename, so a crash never leaves half a file under a
 * hash. The name is the hash of the bytes, so a stored file cannot be swapped unnoticed.
 */
export class ScanStore {
  private readonly root: string;

  constructor(dataDir: string) {
    this.root = join(dataDir, 'attachments');
  }

  put(bytes: Uint8Array): string {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const file = this.pathOf(sha256);
    if (!existsSync(file)) {
      mkdirSync(join(this.root, sha256.slice(0, 2)), { recursive: true });
      writeFileAtomic(file, bytes);
    }
    return sha256;
  }

  has(sha256: string): boolean {
    return existsSync(this.pathOf(sha256));
  }

  read(sha256: string): Buffer {
    const bytes = readFileSync(this.pathOf(sha256));
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) throw new Error(`Stored scan ${sha256} does not match its hash`);
    return bytes;
  }

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('Not a sha256');
    return join(this.root, sha256.slice(0, 2), sha256);
  }
}
