import { createCipheriv, createDecipheriv, diffieHellman, generateKeyPairSync, hkdfSync, randomBytes, scryptSync, sign, verify, type KeyObject } from 'node:crypto';
import type { z } from '../../shared/zod';
import type { bundlePassphraseKeySchema, bundleRecipientKeySchema } from '../../shared/sync/bundle';
import { agreementKeyFrom, publicKeyFrom } from './identity';

type RecipientKey = z.infer<typeof bundleRecipientKeySchema>;
type PassphraseKey = z.infer<typeof bundlePassphraseKeySchema>;

/** The scrypt cost for passphrase bundles: 128 MiB and about half a second, once per bundle. */
const SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

function gcmSeal(key: Buffer, nonce: Buffer, aad: string, plain: Uint8Array): Buffer {
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(aad));
  return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

/** Throws when the key is wrong or a byte was changed (the GCM tag). */
function gcmOpen(key: Buffer, nonce: Buffer, aad: string, sealed: Uint8Array): Buffer {
  const body = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
  return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]);
}

export function newContentKey(): Buffer {
  return randomBytes(32);
}

/** A part as stored: nonce ‖ ciphertext ‖ tag, bound to its bundle and name so parts cannot be swapped between them. */
export function sealPart(contentKey: Buffer, bundleId: string, name: string, plain: Uint8Array): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  return Buffer.concat([nonce, gcmSeal(contentKey, nonce, `${bundleId}/${name}`, plain)]);
}

export function openPart(contentKey: Buffer, bundleId: string, name: string, stored: Uint8Array): Buffer {
  const body = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  return gcmOpen(contentKey, body.subarray(0, NONCE_BYTES), `${bundleId}/${name}`, body.subarray(NONCE_BYTES));
}

function wrapKey(ephemeralKey: string, recipientKey: string, shared: Buffer, bundleId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.from(bundleId), `wssh-bundle/1 key-wrap\n${ephemeralKey}\n${recipientKey}`, 32));
}

/** The content key for one recipient: X25519 with a one-off key, HKDF-SHA256, AES-256-GCM. */
export function wrapForRecipient(contentKey: Buffer, bundleId: string, recipient: { workstationId: string; agreementKey: string }): RecipientKey {
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralKey = ephemeral.publicKey.export({ format: 'jwk' }).x!;
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: agreementKeyFrom(recipient.agreementKey) });
  const nonce = randomBytes(NONCE_BYTES);
  const kek = wrapKey(ephemeralKey, recipient.agreementKey, shared, bundleId);
  return {
    workstationId: recipient.workstationId,
    scheme: 'X25519-HKDF-SHA256',
    ephemeralKey,
    nonce: nonce.toString('base64url'),
    wrappedKey: gcmSeal(kek, nonce, bundleId, contentKey).toString('base64url'),
  };
}

export function unwrapAsRecipient(entry: RecipientKey, bundleId: string, own: { agreementPrivateKey: KeyObject; agreementKeyText: string }): Buffer {
  const shared = diffieHellman({ privateKey: own.agreementPrivateKey, publicKey: agreementKeyFrom(entry.ephemeralKey) });
  const kek = wrapKey(entry.ephemeralKey, own.agreementKeyText, shared, bundleId);
  return gcmOpen(kek, Buffer.from(entry.nonce, 'base64url'), bundleId, Buffer.from(entry.wrappedKey, 'base64url'));
}

function passphraseKey(passphrase: string, salt: Buffer, cost: { N: number; r: number; p: number }): Buffer {
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { ...cost, maxmem: 256 * cost.N * cost.r + 16 * 1024 ** 2 });
}

/** The content key under a passphrase (scrypt), for a recipient without a key file, such as a first exchange. */
export function wrapWithPassphrase(contentKey: Buffer, bundleId: string, passphrase: string): PassphraseKey {
  const salt = randomBytes(16);
  const nonce = randomBytes(NONCE_BYTES);
  const kek = passphraseKey(passphrase, salt, SCRYPT);
  return { scheme: 'scrypt', salt: salt.toString('base64url'), ...SCRYPT, nonce: nonce.toString('base64url'), wrappedKey: gcmSeal(kek, nonce, bundleId, contentKey).toString('base64url') };
}

export function unwrapWithPassphrase(entry: PassphraseKey, bundleId: string, passphrase: string): Buffer {
  const kek = passphraseKey(passphrase, Buffer.from(entry.salt, 'base64url'), entry);
  return gcmOpen(kek, Buffer.from(entry.nonce, 'base64url'), bundleId, Buffer.from(entry.wrappedKey, 'base64url'));
}

/** Ed25519 over the exact bytes of manifest.json, base64url. */
export function signManifest(manifest: Uint8Array, privateKey: KeyObject): string {
  return sign(null, manifest, privateKey).toString('base64url');
}

export function manifestSigned(manifest: Uint8Array, signature: string, publicKeyText: string): boolean {
  try {
    return verify(null, manifest, publicKeyFrom(publicKeyText), Buffer.from(signature.trim(), 'base64url'));
  } catch {
    return false;
  }
}
