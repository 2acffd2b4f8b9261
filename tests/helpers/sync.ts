import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED_PROJECTION_TABLES, stateHash } from '../../src/main/journal/projections';
import { EVENT_REACH } from '../../src/shared/sync/bundle';
import type { EventType } from '../../src/shared/events/events';
import type { Workstation } from '../../src/main/workstation';
import { initialized, testWorkstation, type TestWorkstation } from './workstation';

/** A second workstation, 武汉市委编办's, set up as its admin would. */
export async function initializedWuhan(ws: Workstation): Promise<void> {
  await ws.accounts.initialize({ workstationName: '武汉市委编办审核机', regionCode: '420100', admin: { username: 'chenjing', displayName: '陈静', password: 'Chen2026abc' } });
}

/** 湖北's and 武汉's workstations, each set up by its admin and, unless told otherwise, trusting each other. */
export async function hubeiAndWuhan(options: { paired: boolean } = { paired: true }): Promise<{ hubei: TestWorkstation; wuhan: TestWorkstation }> {
  const hubei = testWorkstation();
  const wuhan = testWorkstation();
  await initialized(hubei);
  await initializedWuhan(wuhan);
  if (options.paired) pair(hubei, wuhan);
  return { hubei, wuhan };
}

/** Makes two workstations trust each other, as two admins would after comparing fingerprints. */
export function pair(a: Workstation, b: Workstation, kinds: { a?: 'workstation' | 'platform'; b?: 'workstation' | 'platform' } = {}): void {
  a.peers.add('cli', { content: JSON.stringify(b.peers.identity()), name: b.peers.identity().name, kind: kinds.b ?? 'workstation' });
  b.peers.add('cli', { content: JSON.stringify(a.peers.identity()), name: a.peers.identity().name, kind: kinds.a ?? 'workstation' });
}

export const bundleDir = () => mkdtempSync(join(tmpdir(), 'ws-bundles-'));

let counter = 0;
/** Exports from `from` to `to` into `dir`; returns the file. */
export function exportTo(from: Workstation, to: Workstation, dir: string, full = false): string {
  const file = join(dir, `bundle-${++counter}.wssb`);
  from.sync.export('cli', { peerId: to.journal.workstationId, full, file });
  return file;
}

/** The state every workstation should share after a full exchange. */
export function sharedState(ws: Workstation): string {
  return stateHash(ws.work, SHARED_PROJECTION_TABLES);
}

/** The events that travel between workstations, as `<id> <hash>` lines in id order. */
export function sharedJournal(ws: Workstation): string[] {
  const rows = ws.work.sqlite.prepare('SELECT id, hash, type FROM events ORDER BY id').all() as { id: string; hash: string; type: EventType }[];
  return rows.filter((row) => EVENT_REACH[row.type] !== 'workstation').map((row) => `${row.id} ${row.hash}`);
}
