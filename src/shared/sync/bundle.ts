import type { EventType } from '../events/events';
import { z } from '../zod';

/** The container format this release writes and reads (docs/bundle-format.md). */
export const BUNDLE_FORMAT = 'wssh-bundle/1';
export const BUNDLE_EXTENSION = 'wssb';

/**
 * How far each event type travels. `workstation`: stays where it was recorded (accounts, local settings, who looked at
 * what); `network`: to the other workstations (drafts, working calendar, reason codes, templates, scans, conflict
 * resolutions); `platform`: to the other workstations and the online platform (units, applications, decisions,
 * paper status, badges, notices).
 */
export const EVENT_REACH: Record<EventType, 'workstation' | 'network' | 'platform'> = {
  WorkstationInitialized: 'workstation',
  UserCreated: 'workstation',
  UserUpdated: 'workstation',
  UserPasswordSet: 'workstation',
  UserDisabled: 'workstation',
  UserEnabled: 'workstation',
  UserRevealPermissionSet: 'workstation',
  IdNumberRevealed: 'workstation',
  SettingsChanged: 'workstation',
  ListExported: 'workstation',
  CalendarDaysSet: 'network',
  CalendarDaysCleared: 'network',
  ReasonCodeSaved: 'network',
  NoticeTemplateSaved: 'network',
  ApplicationDraftSaved: 'network',
  ApplicationDraftDiscarded: 'network',
  ScanAttached: 'network',
  ConflictResolved: 'network',
  UnitRegistered: 'platform',
  UnitUpdated: 'platform',
  ApplicationSubmitted: 'platform',
  InitialReviewDecided: 'platform',
  FinalReviewDecided: 'platform',
  PaperCheckedIn: 'platform',
  BadgeIssued: 'platform',
  BadgeChecked: 'platform',
  ApplicationWithdrawn: 'platform',
  ApplicationRevoked: 'platform',
  NoticeQueued: 'platform',
  ApplicationListed: 'platform',
  NoticeSent: 'platform',
  ConacReviewed: 'platform',
};

/** Whether events of this type go in a bundle for a peer of this kind. */
export function travelsTo(type: EventType, peerKind: 'workstation' | 'platform'): boolean {
  const reach = EVENT_REACH[type];
  return reach === 'platform' || (reach === 'network' && peerKind === 'workstation');
}

/** Limits checked before anything is read into memory or the database. */
export const BUNDLE_LIMITS = {
  /** The whole file. */
  fileBytes: 2 * 1024 ** 3,
  /** The decompressed events part. */
  eventsBytes: 1024 ** 3,
  /** One event line. */
  lineBytes: 1024 ** 2,
  /** One attachment (as scans are). */
  attachmentBytes: 20 * 1024 ** 2 + 64,
  entries: 100_000,
} as const;

const base64url = (bytes: number) => z.string().length(Math.ceil((bytes * 4) / 3)).regex(/^[A-Za-z0-9_-]+$/);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const workstationId = z.string().regex(/^[0-9a-z]{1,64}$/);
const seq = z.number().int().nonnegative();

export const bundleRecipientKeySchema = z.object({
  workstationId,
  scheme: z.literal('X25519-HKDF-SHA256'),
  /** The sender's one-off X25519 public key for this bundle. */
  ephemeralKey: base64url(32),
  nonce: base64url(12),
  /** The 32-byte content key, AES-256-GCM under the key agreed with the recipient, with its 16-byte tag. */
  wrappedKey: base64url(48),
});

export const bundlePassphraseKeySchema = z.object({
  scheme: z.literal('scrypt'),
  salt: base64url(16),
  N: z.number().int().min(16384).max(1048576),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  nonce: base64url(12),
  wrappedKey: base64url(48),
});

export const bundlePartSchema = z.object({
  /** `events.ndjson.gz`, `keys.json`, `actors.json` or `attachments/<sha256 of the plain file>`; stored with `.enc` appended. */
  name: z.string().regex(/^(events\.ndjson\.gz|keys\.json|actors\.json|attachments\/[0-9a-f]{64})$/),
  /** Size and sha256 of the stored (encrypted) bytes, so a part is checked before it is decrypted. */
  size: z.number().int().nonnegative(),
  sha256,
});

export const bundleManifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  bundleId: z.uuid(),
  createdAt: z.iso.datetime(),
  source: z.object({ workstationId, name: z.string().max(60), fingerprint: z.string() }),
  /** Who may import it; each has a wrapped key below (or the bundle is under a passphrase). */
  recipients: z.array(z.object({ workstationId, name: z.string().max(60) })).min(1).max(64),
  /** Everything the source holds (true) or only what the recipient had not acknowledged (false). */
  full: z.boolean(),
  /**
   * Per origin workstation, the sequence numbers this bundle covers: every event of that origin in the range is in
   * the bundle, except those that never leave their workstation (docs/bundle-format.md, reach).
   */
  ranges: z.array(z.object({ origin: workstationId, from: seq, to: seq })).max(10_000),
  /** What the source holds of each origin: the recipient's acknowledgement for the next bundle back. */
  seen: z.array(z.object({ origin: workstationId, seq })).max(10_000),
  counts: z.object({ events: seq, attachments: seq }),
  parts: z.array(bundlePartSchema).max(BUNDLE_LIMITS.entries),
  encryption: z.object({
    algorithm: z.literal('AES-256-GCM'),
    recipients: z.array(bundleRecipientKeySchema).max(64),
    passphrase: bundlePassphraseKeySchema.nullable(),
  }),
});
export type BundleManifest = z.infer<typeof bundleManifestSchema>;

/** One journal event as it travels: the journal's own fields, unchanged, so its hash can be checked anywhere. */
export const wireEventSchema = z.object({
  id: z.uuid(),
  hlc: z.string().regex(/^\d{15}-\d{6}-[0-9a-z]{1,64}$/),
  workstationId,
  seq: z.number().int().positive(),
  actor: z.string().max(64).nullable(),
  aggregateId: z.string().min(1).max(64),
  type: z.string().regex(/^[A-Z][A-Za-z]{1,63}$/),
  version: z.number().int().positive(),
  payload: z.record(z.string(), z.unknown()),
  prevHash: sha256,
  hash: sha256,
});
export type WireEvent = z.infer<typeof wireEventSchema>;
