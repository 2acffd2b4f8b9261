import { z } from '../zod';

/** A workstation's (or the online platform's) public identity, as exported to a file and handed to peers. */
export const identityFileSchema = z.object({
  format: z.literal('wssh-identity/1'),
  workstationId: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(60),
  regionCode: z.string().max(6),
  /** The Ed25519 public key, 32 bytes, base64url (as in a JWK's `x`). */
  publicKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  /** The X25519 public key bundles for this workstation are encrypted to, 32 bytes, base64url. */
  agreementKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  /** Ed25519 signature by `publicKey` over "wssh-agreement-key/1\n" + agreementKey, base64url. */
  agreementKeySignature: z.string().regex(/^[A-Za-z0-9_-]{86}$/),
  fingerprint: z.string(),
  /** What the file's owner is: the online platform says so, so that whoever adds it picks the right kind. */
  kind: z.enum(['workstation', 'platform']).default('workstation'),
});
export type IdentityFile = z.infer<typeof identityFileSchema>;

export const PEER_KINDS = ['workstation', 'platform'] as const;
export type PeerKind = (typeof PEER_KINDS)[number];
export const PEER_KIND_LABELS: Record<PeerKind, string> = { workstation: '工作站', platform: '在线平台' };
