import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { writeFileAtomic } from '../files/write';

export const KEY_FILE = join('keys', 'personal-data.key');
/** The same key encrypted by the operating system (Electron safeStorage: DPAPI on Windows, the keyring on Linux). */
export const PROTECTED_KEY_FILE = join('keys', 'personal-data.key.protected');

/** The operating system's protection for secrets at rest, where the host has one (the Electron host). */
export interface KeyProtector {
  available(): boolean;
  encrypt(plain: Buffer): Buffer;
  decrypt(sealed: Buffer): Buffer;
}

function checked(key: Buffer, file: string): Buffer {
  if (key.length !== 32) throw new AppError('INTERNAL', `密钥文件 ${file} 已损坏，无法读取身份证号；请从备份中恢复该文件。`);
  return key;
}

function writeOwnerOnly(file: string, data: Buffer): void {
  writeFileAtomic(file, data);
  chmodSync(file, 0o600);
}

/**
 * The key that seals ID numbers: 32 random bytes, made on first use. Where the host can protect it with the
 * operating system (safeStorage), it is kept only in that protected form — an older plain key file is converted
 * and removed; elsewhere (browser shell, command line) it is a file readable by its owner only. A protected key
 * opens only under the same operating-system account; hosts without the protection say so instead of guessing.
 */
export function loadOrCreateKey(dataDir: string, protector?: KeyProtector): Buffer {
  const plainFile = join(dataDir, KEY_FILE);
  const protectedFile = join(dataDir, PROTECTED_KEY_FILE);
  mkdirSync(join(dataDir, 'keys'), { recursive: true, mode: 0o700 });
  const canProtect = protector?.available() ?? false;

  if (existsSync(protectedFile)) {
    if (!canProtect) {
      throw new AppError('CONFLICT', '身份证号密钥由桌面程序通过系统密钥保护，浏览器模式和命令行无法读取；请在桌面程序中进行此项操作。');
    }
    try {
      return checked(protector!.decrypt(readFileSync(protectedFile)), protectedFile);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('INTERNAL', '无法用本机系统密钥解开身份证号密钥（可能更换了电脑或系统账户）；请在原电脑上操作，或从备份恢复密钥。');
    }
  }
  const key = existsSync(plainFile) ? checked(Buffer.from(readFileSync(plainFile, 'utf8').trim(), 'base64'), plainFile) : randomBytes(32);
  if (canProtect) {
    writeOwnerOnly(protectedFile, protector!.encrypt(key));
    rmSync(plainFile, { force: true });
  } else if (!existsSync(plainFile)) {
    writeOwnerOnly(plainFile, Buffer.from(key.toString('base64')));
  }
  return key;
}
