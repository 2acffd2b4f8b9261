import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli';
import { openWorkstation, type Workstation } from '../../../src/main/workstation';
import { badgeSnippet } from '../../../src/shared/badges/code';
import { EVENT_REACH } from '../../../src/shared/sync/bundle';
import type { EventType } from '../../../src/shared/events/events';
import { initialized, silentLog, testWorkstation, type TestWorkstation } from '../../helpers/workstation';

let hubei: TestWorkstation;
let platformDir: string;
let dir: string;
let reviewer: string;

beforeEach(async () => {
  hubei = testWorkstation();
  await initialized(hubei);
  const admin = hubei.accounts.listUsers()[0].id;
  reviewer = (await hubei.accounts.createUser(admin, { username: 'wangfang', displayName: '王芳', roles: ['reviewer'], password: 'Wang2026abc' })).id;
  platformDir = mkdtempSync(join(tmpdir(), 'ws-platform-'));
  dir = mkdtempSync(join(tmpdir(), 'ws-platform-bundles-'));
});
afterEach(() => {
  hubei.dispose();
  rmSync(platformDir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

async function cli(dataDir: string, ...args: string[]): Promise<string> {
  let out = '';
  const sink = new Writable({ write: (chunk, _e, done) => ((out += String(chunk)), done()) });
  const code = await runCli([...args, '--data-dir', dataDir], { out: sink, err: sink, readPassword: async () => '' });
  if (code !== 0) throw new Error(`${args.join(' ')} → ${code}\n${out}`);
  return out;
}

/** The platform's events as the workstation should hold them too: everything of platform reach. */
function platformReach(ws: Workstation): string[] {
  const rows = ws.work.sqlite.prepare('SELECT id, type FROM events ORDER BY id').all() as { id: string; type: EventType }[];
  return rows.filter((r) => EVENT_REACH[r.type] === 'platform').map((r) => r.id);
}

describe('the online platform loop (npm run cli -- platform-sim)', () => {
  it('registrations and applications come in; decisions, paper, notices, badges and the listing go out; receipts, CONAC codes and amendments come back', async () => {
    await cli(platformDir, 'platform-sim', 'init');
    await cli(platformDir, 'identity', 'export', '--out', join(dir, 'platform.json'));
    await cli(hubei.dataDir, 'identity', 'export', '--out', join(dir, 'hubei.json'));
    // The platform's identity file says what it is: added without --platform, it is still the platform.
    await cli(hubei.dataDir, 'peers', 'add', join(dir, 'platform.json'), '--name', '在线平台', '--yes');
    expect(hubei.peers.list().map((p) => p.kind)).toEqual(['platform']);
    await cli(platformDir, 'peers', 'add', join(dir, 'hubei.json'), '--name', '湖北省委编办', '--yes');

    const round1 = await cli(platformDir, 'platform-sim', 'round', '--to', '湖北省委编办', '--out', join(dir, 'in-1.wssb'), '--units', '4', '--applications', '5', '--seed', '11');
    expect(round1).toContain('新单位 4 个、新申请 5 个');
    await cli(hubei.dataDir, 'bundle', 'import', join(dir, 'in-1.wssb'));
    const apps = hubei.work.sqlite.prepare("SELECT id, state, region_code AS regionCode, unit_id AS unitId FROM applications ORDER BY serial_no").all() as { id: string; state: string; regionCode: string; unitId: string }[];
    expect(apps).toHaveLength(5);
    expect(apps.every((a) => a.state === 'submitted' && a.regionCode.startsWith('42'))).toBe(true);
    // The platform sealed the ID numbers with its key, which came with the bundle.
    expect(hubei.units.factsOf(apps[0].unitId).handler.idNumber).toMatch(/^42\d{15}[\dX]$/);

    // Here: one site all the way to approval, one rejected at 初审.
    const [first, second] = apps;
    hubei.clock.advance(3_600_000);
    hubei.review.decideInitial(reviewer, { applicationId: first.id, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
    if (hubei.applications.get(first.id).state === 'awaitingPaper') {
      const codes = hubei.paper.open(first.id).checklist.map((item) => item.code);
      hubei.paper.checkIn('clerk', { applicationId: first.id, expectedVersion: 1, present: codes, receivedOn: '2026-11-28', channel: 'counter', trackingNo: '', note: '' });
    }
    hubei.review.decideFinal(reviewer, { applicationId: first.id, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
    hubei.review.decideInitial(reviewer, { applicationId: second.id, expectedVersion: 1, decision: 'reject', reasons: [{ code: 'domainRules', field: 'cnDomain', note: '' }], note: '' });
    await cli(hubei.dataDir, 'bundle', 'export', '--to', '在线平台', '--out', join(dir, 'out-1.wssb'));
    const consumed = await cli(platformDir, 'platform-sim', 'consume', join(dir, 'out-1.wssb'));
    expect(consumed).toMatch(/初审决定 2/);
    expect(consumed).toMatch(/审核决定 1/);
    expect(consumed).toMatch(/待发送的通知 \d+ 条/);
    // The platform has not said it holds them until its next bundle comes back.
    expect(hubei.notices.list({ state: 'exported', applicationId: null, page: 1, pageSize: 50 }).total).toBe(0);

    const round2 = await cli(platformDir, 'platform-sim', 'round', '--to', '湖北省委编办', '--out', join(dir, 'in-2.wssb'), '--units', '0');
    expect(round2).toMatch(/复审及标识编码 1 个，修改后重新提交 1 个/);
    await cli(hubei.dataDir, 'bundle', 'import', join(dir, 'in-2.wssb'));
    const badge = hubei.work.sqlite.prepare('SELECT code, source FROM badges WHERE application_id = ?').get(first.id) as { code: string; source: string };
    expect(badge.source).toBe('platform');
    expect(badge.code).toMatch(/^CA\d{9}0\d{7}0001$/);
    expect(hubei.applications.get(first.id).state).toBe('badgeIssued');
    expect(hubei.applications.get(first.id).history.map((h) => h.summary)).toContain('中央网信办复审通过');
    expect(() => hubei.badges.issue(reviewer, [first.id])).toThrow('以其为准');
    expect(hubei.applications.get(second.id)).toMatchObject({ state: 'submitted', version: 2 });
    const notices = hubei.work.sqlite.prepare('SELECT state, count(*) n FROM notices GROUP BY state').all();
    expect(notices).toEqual([{ state: 'sent', n: expect.any(Number) }]);
    // Notices queued since (the CONAC badge's) are acknowledged by the platform's next bundle: 平台已收到.
    hubei.clock.advance(60_000);
    hubei.review.decideInitial(reviewer, { applicationId: apps[2].id, expectedVersion: 1, decision: 'reject', reasons: [{ code: 'domainRules', field: 'cnDomain', note: '' }], note: '' });
    await cli(hubei.dataDir, 'bundle', 'export', '--to', '在线平台', '--out', join(dir, 'out-ack.wssb'));
    await cli(platformDir, 'platform-sim', 'consume', join(dir, 'out-ack.wssb'));
    const pending = hubei.notices.list({ state: 'pending', applicationId: null, page: 1, pageSize: 50 }).total;
    expect(pending).toBeGreaterThan(0);
    // A bundle back from the platform that only says what it holds.
    await cli(platformDir, 'bundle', 'export', '--to', '湖北省委编办', '--out', join(dir, 'in-ack.wssb'));
    await cli(hubei.dataDir, 'bundle', 'import', join(dir, 'in-ack.wssb'));
    expect(hubei.notices.list({ state: 'pending', applicationId: null, page: 1, pageSize: 50 }).total).toBe(0);
    expect(hubei.notices.list({ state: 'exported', applicationId: null, page: 1, pageSize: 50 }).total).toBe(pending);

    // The site installs CONAC's code, is published, and the listing goes out.
    hubei.badges.check(reviewer, first.id, [{ name: 'index.html', bytes: Buffer.from(`<html><body><p>首页</p>${badgeSnippet(badge.code)}</body></html>`) }]);
    expect(hubei.listingPublisher.publish(reviewer)).toEqual({ published: 1 });
    await cli(hubei.dataDir, 'bundle', 'export', '--to', '在线平台', '--out', join(dir, 'out-2.wssb'));
    await cli(platformDir, 'platform-sim', 'consume', join(dir, 'out-2.wssb'));

    const platform = openWorkstation({ dataDir: platformDir, host: 'cli', log: silentLog });
    try {
      expect(platform.applications.get(first.id).state).toBe('listed');
      // Everything of platform reach is on both sides; nothing that stays among workstations went to the platform.
      const types = platform.work.sqlite.prepare('SELECT DISTINCT type FROM events').pluck().all() as EventType[];
      expect(types.filter((t) => EVENT_REACH[t] === 'network')).toEqual([]);
      expect(platformReach(platform)).toEqual(platformReach(hubei));
    } finally {
      platform.close();
    }
  });
});
