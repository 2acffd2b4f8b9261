import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  generateKeyPairSync,
  randomBytes,
  scryptSync,
  sign,
  verify,
} from 'node:crypto';

/**
 * Electron's Node is built on BoringSSL, which lacks some algorithms OpenSSL has. Every algorithm the workstation
 * uses is exercised once at start-up; the names of the ones that fail are returned (empty = all good).
 */
export function checkCryptoSupport(): string[] {
  const checks: Record<string, () => void> = {
    sha256: () => void createHash('sha256').update('网站审核').digest(),
    'hmac-sha256': () => void createHmac('sha256', 'k').update('v').digest(),
    scrypt: () => void scryptSync('p', 's', 16, { N: 1024 }),
    'aes-256-gcm': () => {
      const key = randomBytes(32);
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const sealed = Buffer.concat([cipher.update('政务'), cipher.final()]);
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(cipher.getAuthTag());
      if (Buffer.concat([decipher.update(sealed), decipher.final()]).toString() !== '政务') throw new Error('mismatch');
    },
    ed25519: () => {
      const { publicKey, privateKey } = generateKeyPairSync('ed25519');
      const signature = sign(null, Buffer.from('bundle'), privateKey);
      if (!verify(null, Buffer.from('bundle'), publicKey, signature)) throw new Error('verify failed');
    },
    x25519: () => void generateKeyPairSync('x25519'),
  };
  return Object.entries(checks).flatMap(([name, run]) => {
    try {
      run();
      return [];
    } catch {
      return [name];
    }
  });
}
