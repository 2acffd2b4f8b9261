import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import type { IdentityFile } from '../../shared/sync/identity';
import { loadOrCreateSecret, type KeyProtector } from '../personal-data/key-file';

export const IDENTITY_KEY_FILE = join('keys', 'identity.key');
export const AGREEMENT_KEY_FILE = join('keys', 'agreement.key');

export interface Identity {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** base64url of the 32 raw bytes. */
  publicKeyText: string;
  fingerprint: string;
  /** X25519, for the key agreement that encrypts bundles addressed to this workstation. */
  agreementPrivateKey: KeyObject;
  agreementKeyText: string;
  /** The signing key's signature over the agreement key: the fingerprint vouches for both. */
  agreementKeySignature: string;
}

const AGREEMENT_KEY_CONTEXT = 'wssh-agreement-key/1\n';

/** SHA-256 of the raw public key, its first 16 bytes in groups of four hex digits: what people compare aloud. */
export function fingerprintOf(publicKeyText: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKeyText, 'base64url')).digest('hex').toUpperCase().slice(0, 32);
  return hex.match(/.{4}/g)!.join(' ');
}

export function publicKeyFrom(text: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: text }, format: 'jwk' });
}

export function agreementKeyFrom(text: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: text }, format: 'jwk' });
}

/** True when `signature` is the signing key's signature over the agreement key (see docs/bundle-format.md). */
export function agreementKeyVouched(publicKeyText: string, agreementKeyText: string, signature: string): boolean {
  try {
    return verify(null, Buffer.from(AGREEMENT_KEY_CONTEXT + agreementKeyText), publicKeyFrom(publicKeyText), Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}

function loadOrCreatePrivateKey(dataDir: string, file: string, type: 'ed25519' | 'x25519', label: string, protector?: KeyProtector): KeyObject {
  const der = loadOrCreateSecret(
    dataDir,
    file,
    {
      label,
      make: () => generateKeyPairSync(type as 'ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }),
      valid: (value) => {
        try {
          return createPrivateKey({ key: value, format: 'der', type: 'pkcs8' }).asymmetricKeyType === type;
        } catch {
          return false;
        }
      },
    },
    protector,
  );
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

/**
 * This workstation's key pairs, made at first use: Ed25519 to sign sync bundles and X25519 to receive encrypted ones.
 * The private keys (PKCS#8) are protected like the personal-data key — by safeStorage in the desktop app, an
 * owner-only file elsewhere.
 */
export function loadOrCreateIdentity(dataDir: string, protector?: KeyProtector): Identity {
  const privateKey = loadOrCreatePrivateKey(dataDir, IDENTITY_KEY_FILE, 'ed25519', '工作站签名密钥', protector);
  const agreementPrivateKey = loadOrCreatePrivateKey(dataDir, AGREEMENT_KEY_FILE, 'x25519', '工作站解密密钥', protector);
  const publicKey = createPublicKey(privateKey);
  const publicKeyText = publicKey.export({ format: 'jwk' }).x!;
  const agreementKeyText = createPublicKey(agreementPrivateKey).export({ format: 'jwk' }).x!;
  const agreementKeySignature = sign(null, Buffer.from(AGREEMENT_KEY_CONTEXT + agreementKeyText), privateKey).toString('base64url');
  return { privateKey, publicKey, publicKeyText, fingerprint: fingerprintOf(publicKeyText), agreementPrivateKey, agreementKeyText, agreementKeySignature };
}

export function identityFile(identity: Identity, workstation: { workstationId: string; name: string; regionCode: string; kind: IdentityFile['kind'] }): IdentityFile {
  return {
    format: 'wssh-identity/1',
    ...workstation,
    publicKey: identity.publicKeyText,
    agreementKey: identity.agreementKeyText,
    agreementKeySignature: identity.agreementKeySignature,
    fingerprint: identity.fingerprint,
  };
}
