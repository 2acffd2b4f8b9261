import { createHash, randomUUID, type KeyObject } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { writeContainer } from '../../src/main/sync/container';
import { newContentKey, sealPart, signManifest, wrapForRecipient } from '../../src/main/sync/crypto';
import { loadOrCreateIdentity } from '../../src/main/sync/identity';
import { BUNDLE_FORMAT, type BundleManifest } from '../../src/shared/sync/bundle';
import type { TestWorkstation } from './workstation';

/**
 * Builds a bundle by hand with the real encryption and signature, so a test can put into it what a faulty or hostile
 * sender might: any event lines, any manifest, any zip entries.
 */
export function craftBundle(
  file: string,
  from: TestWorkstation,
  to: TestWorkstation,
  options: {
    lines: string[];
    ranges: BundleManifest['ranges'];
    manifest?: (manifest: BundleManifest) => void;
    entries?: (entries: [string, Uint8Array][]) => void;
    signWith?: KeyObject;
    /** Personal-data keys by workstation id (keys.json). */
    keys?: Record<string, Buffer>;
  },
): void {
  const identity = loadOrCreateIdentity(from.dataDir);
  const bundleId = randomUUID();
  const key = newContentKey();
  const parts: [string, Buffer][] = [
    ['events.ndjson.gz', sealPart(key, bundleId, 'events.ndjson.gz', gzipSync(options.lines.map((l) => `${l}\n`).join('')))],
    ['keys.json', sealPart(key, bundleId, 'keys.json', Buffer.from(JSON.stringify(Object.fromEntries(Object.entries(options.keys ?? {}).map(([id, k]) => [id, k.toString('base64')])))))],
  ];
  const target = to.peers.identity();
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    bundleId,
    createdAt: new Date(from.clock.now()).toISOString(),
    source: { workstationId: from.journal.workstationId, name: from.peers.identity().name, fingerprint: identity.fingerprint },
    recipients: [{ workstationId: target.workstationId, name: target.name }],
    full: false,
    ranges: options.ranges,
    seen: [],
    counts: { events: options.lines.length, attachments: 0 },
    parts: parts.map(([name, bytes]) => ({ name, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') })),
    encryption: { algorithm: 'AES-256-GCM', recipients: [wrapForRecipient(key, bundleId, target)], passphrase: null },
  };
  options.manifest?.(manifest);
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  const entries: [string, Uint8Array][] = [
    ...parts.map(([name, bytes]): [string, Uint8Array] => [`${name}.enc`, bytes]),
    ['manifest.json', manifestBytes],
    ['manifest.sig', Buffer.from(signManifest(manifestBytes, options.signWith ?? identity.privateKey))],
  ];
  options.entries?.(entries);
  writeContainer(file, entries);
}
