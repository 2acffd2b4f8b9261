import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { writeFileAtomic } from '../files/write';

export const KEY_FILE = join('keys', 'personal-data.key');
/** The same key encrypted by the operating system (Electron safeStorage: DPAPI on Windows, the keyring on Linux). */
export const PROTECTED_KEY_FILE = `${KEY_FILE}.protected`;

/** The operating system's protection for secrets at rest, where the host has one (the Electron host). */
export interface KeyProtector {
  available(): boolean;
  encrypt(plain: Buffer): Buffer;
  decrypt(sealed: Buffer): Buffer;
}

export function writeOwnerOnly(file: string, data: Buffer): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileAtomic(file, data);
  chmodSync(file, 0o600);
}

/**
 * A secret of this workstation under keys/ in the data directory, made on first use. Where the host can protect it
 * with the operating system (safeStorage), it is kept only in that protected form (`<file>.protected`) — an older
 * plain file is converted and removed; elsewhere (browser shell, command line) it is a file readable by its owner
 * only. A protected secret opens only under the same operating-system account; hosts without the protection say so.
 */
export function loadOrCreateSecret(
  dataDir: string,
  file: string,
  secret: { label: string; make(): Buffer; valid(value: Buffer): boolean },
  protector?: KeyProtector,
): Buffer {
  const plainFile = join(dataDir, file);
  const protectedFile = `${plainFile}.protected`;
  const canProtect = protector?.available() ?? false;
  const checked = (value: Buffer, from: string) => {
    if (!secret.valid(value)) throw new AppError('INTERNAL', `${secret.label}文件 ${from} 已损坏；请从备份中恢复该文件。`);
    return value;
  };

  if (existsSync(protectedFile)) {
    if (!canProtect) {
      throw new AppError('CONFLICT', `${secret.label}由桌面程序通过系统密钥保护，浏览器模式和命令行无法读取；请在桌面程序中进行此项操作。`);
    }
    let opened: Buffer;
    try {
      opened = protector!.decrypt(readFileSync(protectedFile));
    } catch {
      throw new AppError('INTERNAL', `无法用本机系统密钥解开${secret.label}（可能更换了电脑或系统账户）；请在原电脑上操作，或从备份恢复。`);
    }
    return checked(opened, protectedFile);
  }
  const value = existsSync(plainFile) ? checked(Buffer.from(readFileSync(plainFile, 'utf8').trim(), 'base64'), plainFile) : secret.make();
  if (canProtect) {
    writeOwnerOnly(protectedFile, protector!.encrypt(value));
    rmSync(plainFile, { force: true });
  } else if (!existsSync(plainFile)) {
    writeOwnerOnly(plainFile, Buffer.from(value.toString('base64')));
  }
  return value;
}

/** The key that seals ID numbers: 32 random bytes. Keep it with the backups: without it ID numbers cannot be read. */
export function loadOrCreateKey(dataDir: string, protector?: KeyProtector): Buffer {
  return loadOrCreateSecret(dataDir, KEY_FILE, { label: '身份证号密钥', make: () => randomBytes(32), valid: (key) => key.length === 32 }, protector);
}
