import { createHash, generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventHash, GENESIS_HASH } from '../../../src/main/journal/chain';
import { rowToEvent } from '../../../src/main/journal/journal';
import { EVENT_REACH } from '../../../src/shared/sync/bundle';
import { formatHlc } from '../../../src/main/journal/clock';
import { readContainer } from '../../../src/main/sync/container';
import { applicationDataSchema } from '../../../src/shared/applications/application';
import type { DomainEvent } from '../../../src/shared/events/events';
import { unitInputSchema } from '../../../src/shared/units/unit';
import { craftBundle } from '../../helpers/craft-bundle';
import { WUHAN_EDUCATION, WUHAN_EDUCATION_SITE } from '../../helpers/samples';
import { bundleDir, exportTo, hubeiAndWuhan, pair } from '../../helpers/sync';
import { testWorkstation, type TestWorkstation } from '../../helpers/workstation';

let hubei: TestWorkstation;
let wuhan: TestWorkstation;
let dir: string;

beforeEach(async () => {
  ({ hubei, wuhan } = await hubeiAndWuhan());
  dir = bundleDir();
  const unit = wuhan.units.create('clerk', unitInputSchema.parse(WUHAN_EDUCATION));
  const { applicationId } = wuhan.applications.submit('clerk', { applicationId: null, unitId: unit.id, data: applicationDataSchema.parse(WUHAN_EDUCATION_SITE), expectedVersion: 0 });
  await wuhan.scans.attach('clerk', applicationId, '申请函.pdf', Buffer.from('%PDF-1.4\n% 武汉市教育局申请函\n%%EOF\n'));
});
afterEach(() => {
  hubei.dispose();
  wuhan.dispose();
});

/** sha256 of the database file and its write-ahead log, after a checkpoint so all committed data is in the file. */
function fingerprintDb(ws: TestWorkstation): string {
  ws.work.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const hash = createHash('sha256').update(readFileSync(ws.work.file));
  try {
    hash.update(readFileSync(`${ws.work.file}-wal`));
  } catch {
    // no log file
  }
  return hash.digest('hex');
}

/** Imports and expects a refusal carrying `message`, with the database byte-for-byte as before. */
async function refused(file: string, message: string | RegExp): Promise<void> {
  const before = fingerprintDb(hubei);
  const events = hubei.journal.count();
  await expect(hubei.sync.import('cli', file, { confirmed: true })).rejects.toThrow(message);
  expect(hubei.journal.count()).toBe(events);
  expect(fingerprintDb(hubei)).toBe(before);
}

/** Wuhan's next event, stamped and hashed as its journal would, for an application that does not exist anywhere. */
function foreignEvent(): string {
  const head = wuhan.work.sqlite.prepare('SELECT seq, hash FROM events WHERE workstation_id = ? ORDER BY seq DESC LIMIT 1').get(wuhan.journal.workstationId) as { seq: number; hash: string };
  const applicationId = randomUUID();
  const unsigned = {
    id: randomUUID(),
    hlc: formatHlc({ millis: wuhan.clock.now() + 1000, counter: 0, workstationId: wuhan.journal.workstationId }),
    workstationId: wuhan.journal.workstationId,
    seq: head.seq + 1,
    actor: null,
    aggregateId: applicationId,
    type: 'ApplicationRevoked',
    version: 1,
    payload: { applicationId, reason: '单位已撤销', nextState: 'revoked' },
    prevHash: head?.hash ?? GENESIS_HASH,
  } as Omit<DomainEvent, 'hash'>;
  return JSON.stringify({ ...unsigned, hash: eventHash(unsigned) });
}

describe('a bundle that is damaged, forged or misaddressed is refused and changes nothing', () => {
  it('truncated file', async () => {
    const file = exportTo(wuhan, hubei, dir);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.7)));
    await refused(file, '已损坏或不完整');
  });

  it('one flipped byte in each part', async () => {
    const good = exportTo(wuhan, hubei, dir);
    const entries = readContainer(good);
    expect([...entries.keys()].some((name) => name.startsWith('attachments/'))).toBe(true);
    for (const name of entries.keys()) {
      const copy = new Map([...entries].map(([n, data]) => [n, Buffer.from(data)]));
      const part = copy.get(name)!;
      const at = name === 'manifest.json' ? part.indexOf('"full"') + 2 : Math.floor(part.length / 2);
      part[at] ^= 0x01;
      const file = join(dir, `flipped-${name.replaceAll('/', '_')}`);
      writeFileSync(file, zipSync(Object.fromEntries(copy), { level: 0 }));
      await refused(file, /签名|校验值不符|格式不正确|不是有效/);
    }
  });

  it('wrong signature', async () => {
    const file = join(dir, 'forged.wssb');
    craftBundle(file, wuhan, hubei, { lines: [], ranges: [], signWith: generateKeyPairSync('ed25519').privateKey });
    await refused(file, '签名与“武汉市委编办审核机”的公钥不符');
  });

  it('an old bundle replayed', async () => {
    const first = exportTo(wuhan, hubei, dir);
    await hubei.sync.import('cli', first, { confirmed: false });
    await refused(first, '已于');
    // An older bundle never imported, whose content arrived in a later one.
    wuhan.clock.advance(60_000);
    const older = exportTo(wuhan, hubei, dir, true);
    await refused(older, '本机都已有');
  });

  it('a bundle for another recipient', async () => {
    const third = testWorkstation();
    try {
      await third.accounts.initialize({ workstationName: '黄石市委编办审核机', regionCode: '420200', admin: { username: 'liuyang', displayName: '刘洋', password: 'Liu2026abcd' } });
      pair(third, wuhan);
      const file = exportTo(wuhan, third, dir);
      await refused(file, '是发给“黄石市委编办审核机”的，不是本工作站');
    } finally {
      third.dispose();
    }
  });

  it('zip entry names with ../', async () => {
    const file = join(dir, 'traversal.wssb');
    craftBundle(file, wuhan, hubei, { lines: [], ranges: [], entries: (entries) => entries.push(['../../keys/identity.key', Buffer.from('x')]) });
    await refused(file, '不应出现的文件“../../keys/identity.key”');
  });

  it('a zip bomb', async () => {
    const file = join(dir, 'bomb.wssb');
    writeFileSync(file, zipSync({ 'events.ndjson.gz.enc': new Uint8Array(64 * 1024 ** 2) }, { level: 9 }));
    expect(readFileSync(file).length).toBeLessThan(1024 ** 2);
    await refused(file, '压缩炸弹');
  });

  it('an invalid JSON line', async () => {
    const file = join(dir, 'bad-line.wssb');
    craftBundle(file, wuhan, hubei, { lines: ['{"id": "半截'], ranges: [{ origin: wuhan.journal.workstationId, from: 1, to: 1 }] });
    await refused(file, '第 1 行不是有效的 JSON');
  });

  it('an event for an unknown aggregate', async () => {
    const file = join(dir, 'unknown-aggregate.wssb');
    const line = foreignEvent();
    const seq = JSON.parse(line).seq as number;
    craftBundle(file, wuhan, hubei, { lines: [line], ranges: [{ origin: wuhan.journal.workstationId, from: seq, to: seq }] });
    // hubei holds nothing of wuhan: first the gap is named.
    await refused(file, `缺少较早的事件：“武汉市委编办审核机”（工作站 ${wuhan.journal.workstationId}）的第 1–${seq - 1} 号事件`);
    const whole = join(dir, 'unknown-aggregate-whole.wssb');
    craftBundle(whole, wuhan, hubei, { lines: [line], ranges: [{ origin: wuhan.journal.workstationId, from: 1, to: seq }] });
    await refused(whole, '涉及的申请在本机和同步包中都不存在');
  });

  it('an event whose content was changed by its sender after the fact', async () => {
    const file = join(dir, 'edited.wssb');
    const event = JSON.parse(foreignEvent());
    event.payload.reason = '改过的理由';
    craftBundle(file, wuhan, hubei, { lines: [JSON.stringify(event)], ranges: [{ origin: wuhan.journal.workstationId, from: 1, to: event.seq }] });
    await refused(file, '内容与其哈希不符');
  });
});

describe('events this release does not know', () => {
  /** Wuhan's journal as bundle lines, and one more event of a type from a later release, stamped and chained. */
  function linesWithFutureEvent(): { lines: string[]; to: number } {
    const rows = wuhan.work.sqlite.prepare('SELECT * FROM events WHERE workstation_id = ? ORDER BY seq').all(wuhan.journal.workstationId) as Parameters<typeof rowToEvent>[0][];
    const events = rows.map(rowToEvent).filter((e) => EVENT_REACH[e.type] !== 'workstation');
    const head = rows[rows.length - 1];
    const unsigned = {
      id: randomUUID(),
      hlc: formatHlc({ millis: wuhan.clock.now() + 1000, counter: 0, workstationId: wuhan.journal.workstationId }),
      workstationId: wuhan.journal.workstationId,
      seq: head.seq + 1,
      actor: null,
      aggregateId: events[0].aggregateId,
      type: 'SiteInspected',
      version: 1,
      payload: { inspector: '省网信办', result: '合格' },
      prevHash: head.hash,
    } as unknown as Omit<DomainEvent, 'hash'>;
    return { lines: [...events.map((e) => JSON.stringify(e)), JSON.stringify({ ...unsigned, hash: eventHash(unsigned) })], to: head.seq + 1 };
  }

  it('parks an event of an unknown type, applies the rest, and lists it', async () => {
    const { lines, to } = linesWithFutureEvent();
    const file = join(dir, 'future.wssb');
    craftBundle(file, wuhan, hubei, { lines, ranges: [{ origin: wuhan.journal.workstationId, from: 1, to }] });
    const preview = hubei.sync.verify(file);
    expect(preview).toMatchObject({ parked: 1, newEvents: lines.length - 1 });
    const result = await hubei.sync.import('cli', file, { confirmed: false });
    expect(result).toMatchObject({ parked: 1, applied: lines.length - 1 });
    expect(hubei.sync.parked()).toMatchObject([{ type: 'SiteInspected', originName: '武汉市委编办审核机', seq: to }]);
    expect(hubei.sync.history()[0].message).toContain('1 个事件类型较新');
  });
});
