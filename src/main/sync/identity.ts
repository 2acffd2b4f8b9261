import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import type { IdentityFile } from '../../shared/sync/identity';
import { loadOrCreateSecret, type KeyProtector } from '../personal-data/key-file';

export const IDENTITY_KEY_FILE = join('keys', 'identity.key');

export interface Identity {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** base64url of the 32 raw bytes. */
  publicKeyText: string;
  fingerprint: string;
}

/** SHA-256 of the raw public key, its first 16 bytes in groups of four hex digits: what people compare aloud. */
export function fingerprintOf(publicKeyText: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKeyText, 'base64url')).digest('hex').toUpperCase().slice(0, 32);
  return hex.match(/.{4}/g)!.join(' ');
}

export function publicKeyFrom(text: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: text }, format: 'jwk' });
}

/**
 * This workstation's Ed25519 key pair, made at first use: the private key (PKCS#8) protected like the personal-data
 * key — by safeStorage in the desktop app, an owner-only file elsewhere. It signs sync bundles.
 */
export function loadOrCreateIdentity(dataDir: string, protector?: KeyProtector): Identity {
  const der = loadOrCreateSecret(
    dataDir,
    IDENTITY_KEY_FILE,
    {
      label: '工作站签名密钥',
      make: () => generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }),
      valid: (value) => {
        try {
          return createPrivateKey({ key: value, format: 'der', type: 'pkcs8' }).asymmetricKeyType === 'ed25519';
        } catch {
          return false;
        }
      },
    },
    protector,
  );
  const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey(privateKey);
  const publicKeyText = publicKey.export({ format: 'jwk' }).x!;
  return { privateKey, publicKey, publicKeyText, fingerprint: fingerprintOf(publicKeyText) };
}

export function identityFile(identity: Identity, workstation: { workstationId: string; name: string; regionCode: string }): IdentityFile {
  return { format: 'wssh-identity/1', ...workstation, publicKey: identity.publicKeyText, fingerprint: identity.fingerprint };
}
