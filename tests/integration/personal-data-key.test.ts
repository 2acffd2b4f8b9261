import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEY_FILE, loadOrCreateKey, PROTECTED_KEY_FILE, type KeyProtector } from '../../src/main/personal-data/key-file';

/** A stand-in for the operating system's protection: reversible, and visibly not the key. */
const protector: KeyProtector = {
  available: () => true,
  encrypt: (plain) => Buffer.from(plain.map((b) => b ^ 0x5a)),
  decrypt: (sealed) => Buffer.from(sealed.map((b) => b ^ 0x5a)),
};

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ws-key-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the personal-data key', () => {
  it('is kept only in protected form where the host can protect it, converting an older plain key file', () => {
    const plain = loadOrCreateKey(dir);
    expect(existsSync(join(dir, KEY_FILE))).toBe(true);
    const again = loadOrCreateKey(dir, protector);
    expect(again.equals(plain)).toBe(true);
    expect(existsSync(join(dir, KEY_FILE))).toBe(false);
    expect(readFileSync(join(dir, PROTECTED_KEY_FILE)).equals(plain)).toBe(false);
    expect(loadOrCreateKey(dir, protector).equals(plain)).toBe(true);
  });

  it('is refused with a clear message by a host that cannot open the protection', () => {
    loadOrCreateKey(dir, protector);
    expect(() => loadOrCreateKey(dir)).toThrow('身份证号密钥由桌面程序通过系统密钥保护');
    const broken: KeyProtector = { ...protector, decrypt: () => { throw new Error('DPAPI failed'); } };
    expect(() => loadOrCreateKey(dir, broken)).toThrow('无法用本机系统密钥解开身份证号密钥');
  });
});
