import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const KEY_FILE = join('keys', 'personal-data.key');

/**
 * The key that seals ID numbers: 32 random bytes in keys/personal-data.key under the data directory, readable by
 * its owner only, made on first use. Keep it with the backups: without it, backed-up ID numbers cannot be read.
 */
export function loadOrCreateKey(dataDir: string): Buffer {
  const file = join(dataDir, KEY_FILE);
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new Error(`密钥文件 ${file} 已损坏，无法读取身份证号；请从备份中恢复该文件。`);
    return key;
  }
  mkdirSync(join(dataDir, 'keys'), { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('base64'), { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return key;
}
