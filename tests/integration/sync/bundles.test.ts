import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_REACH } from '../../../src/shared/sync/bundle';
import { craftBundle } from '../../helpers/craft-bundle';
import { loadOrCreateKey } from '../../../src/main/personal-data/key-file';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applicationDataSchema } from '../../../src/shared/applications/application';
import { unitInputSchema } from '../../../src/shared/units/unit';
import { creditCheckChar } from '../../../src/shared/validation/credit-code';
import { WUHAN_EDUCATION, WUHAN_EDUCATION_SITE } from '../../helpers/samples';
import { bundleDir, exportTo, pair, sharedJournal, sharedState, initializedWuhan } from '../../helpers/sync';
import { initialized, silentLog, testWorkstation, type TestWorkstation } from '../../helpers/workstation';
import { rowToEvent } from '../../../src/main/journal/journal';
import { openWorkstation } from '../../../src/main/workstation';

let hubei: TestWorkstation;
let wuhan: TestWorkstation;
let dir: string;
let reviewer: string;

beforeEach(async () => {
  hubei = testWorkstation();
  wuhan = testWorkstation();
  wuhan.clock.advance(1500);
  await initialized(hubei);
  await initializedWuhan(wuhan);
  const admin = hubei.accounts.listUsers()[0].id;
  reviewer = (await hubei.accounts.createUser(admin, { username: 'wangfang', displayName: '王芳', roles: ['reviewer'], password: 'Wang2026abc' })).id;
  pair(hubei, wuhan);
  dir = bundleDir();
});
afterEach(() => {
  hubei.dispose();
  wuhan.dispose();
});

function submitted(ws: TestWorkstation): { unitId: string; applicationId: string } {
  const unit = ws.units.create('clerk', unitInputSchema.parse(WUHAN_EDUCATION));
  const { applicationId } = ws.applications.submit('clerk', { applicationId: null, unitId: unit.id, data: applicationDataSchema.parse(WUHAN_EDUCATION_SITE), expectedVersion: 0 });
  return { unitId: unit.id, applicationId };
}

describe('sync bundles between two workstations', () => {
  it('carries a unit and its application, ID numbers readable on the other side, and both end alike', async () => {
    const { unitId, applicationId } = submitted(wuhan);
    const file = exportTo(wuhan, hubei, dir);
    const preview = hubei.sync.verify(file);
    expect(preview).toMatchObject({ newEvents: 2, duplicates: 0, conflicts: [], confirmations: [], source: { name: '武汉市委编办审核机' } });
    expect(preview.byType).toEqual({ UnitRegistered: 1, ApplicationSubmitted: 1 });
    const result = await hubei.sync.import('cli', file, { confirmed: false });
    expect(result).toMatchObject({ applied: 2, duplicates: 0, conflicts: 0, rebuilt: false });
    expect(result.backup).toMatch(/before-import-/);
    // Sealed with wuhan's key, opened here with the key that came (encrypted) in the bundle.
    expect(hubei.units.factsOf(unitId).head.idNumber).toBe(WUHAN_EDUCATION.head.idNumber);
    expect(hubei.applications.get(applicationId).state).toBe('submitted');
    expect(sharedState(hubei)).toBe(sharedState(wuhan));
    expect(sharedJournal(hubei)).toEqual(sharedJournal(wuhan));
    // Nothing of the accounts travelled.
    expect(hubei.accounts.listUsers().map((u) => u.username)).toEqual(['zhangwei', 'wangfang']);

    await expect(hubei.sync.import('cli', file, { confirmed: false })).rejects.toThrow('已于');
  });

  it('a decision travels back; the acknowledgement keeps the next bundle to what is new', async () => {
    const { applicationId } = submitted(wuhan);
    await hubei.sync.import('cli', exportTo(wuhan, hubei, dir), { confirmed: false });
    hubei.clock.advance(60_000);
    hubei.review.decideInitial(reviewer, { applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
    const back = exportTo(hubei, wuhan, dir);
    const preview = wuhan.sync.verify(back);
    expect(preview.byType).toMatchObject({ InitialReviewDecided: 1, NoticeQueued: 2 });
    expect(preview.duplicates).toBe(0);
    await wuhan.sync.import('cli', back, { confirmed: false });
    expect(wuhan.applications.get(applicationId).state).toBe('awaitingPaper');
    expect(sharedState(hubei)).toBe(sharedState(wuhan));
    // wuhan's next bundle says what it holds: hubei's next bundle to it carries nothing already acknowledged.
    await hubei.sync.import('cli', exportTo(wuhan, hubei, dir), { confirmed: false });
    expect(hubei.sync.plan(wuhan.journal.workstationId, false).events).toBe(0);
    expect(hubei.sync.plan(wuhan.journal.workstationId, true).events).toBe(5);
  });

  it('two decisions taken apart on the same application: the earlier wins everywhere, the later is a listed conflict', async () => {
    const { applicationId } = submitted(wuhan);
    const admin = wuhan.accounts.listUsers()[0].id;
    const wuhanReviewer = (await wuhan.accounts.createUser(admin, { username: 'liqiang', displayName: '李强', roles: ['reviewer'], password: 'Li2026abcd' })).id;
    await hubei.sync.import('cli', exportTo(wuhan, hubei, dir), { confirmed: false });
    hubei.clock.advance(60_000);
    hubei.review.decideInitial(reviewer, { applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
    wuhan.clock.advance(120_000);
    wuhan.review.decideInitial(wuhanReviewer, { applicationId, expectedVersion: 1, decision: 'reject', reasons: [{ code: 'domainRules', field: 'cnDomain', note: '' }], note: '' });
    const toWuhan = exportTo(hubei, wuhan, dir);
    const toHubei = exportTo(wuhan, hubei, dir);
    const preview = wuhan.sync.verify(toWuhan);
    // One thing decided twice is one conflict; the notices queued with the losing decision go with it.
    expect(preview.conflicts).toEqual([expect.objectContaining({ eventType: 'InitialReviewDecided', siteName: WUHAN_EDUCATION_SITE.siteName, notices: 2 })]);
    const result = await wuhan.sync.import('cli', toWuhan, { confirmed: false });
    expect(result).toMatchObject({ rebuilt: true, conflicts: 1 });
    await hubei.sync.import('cli', toHubei, { confirmed: false });
    for (const ws of [hubei, wuhan]) {
      expect(ws.applications.get(applicationId).state).toBe('awaitingPaper');
      expect(ws.sync.conflicts().filter((c) => c.eventType === 'InitialReviewDecided')).toHaveLength(1);
    }
    expect(sharedState(hubei)).toBe(sharedState(wuhan));
    // Resolving writes an event that travels like any other.
    const conflict = hubei.sync.conflicts().find((c) => c.eventType === 'InitialReviewDecided')!;
    // Who decided elsewhere is named as that workstation's bundle named them.
    expect(conflict.actorName).toBe('李强（武汉市委编办审核机）');
    expect(conflict.winner?.actorName).toBe('王芳');
    expect(conflict.found).toContain('按时间先后，此前申请已为“待报送书面材料”，不能再“初审不通过”');
    hubei.clock.advance(300_000);
    hubei.sync.resolveConflict(reviewer, { eventId: conflict.eventId, note: '已电话告知武汉市委编办，以初审通过为准' });
    await wuhan.sync.import('cli', exportTo(hubei, wuhan, dir), { confirmed: false });
    expect(wuhan.sync.conflicts().find((c) => c.eventId === conflict.eventId)?.resolutionNote).toContain('以初审通过为准');
    expect(sharedState(hubei)).toBe(sharedState(wuhan));
  });

  it('is readable only by its recipient and only from a trusted signer', async () => {
    submitted(wuhan);
    const file = exportTo(wuhan, hubei, dir);
    const third = testWorkstation();
    try {
      await third.accounts.initialize({ workstationName: '黄石市委编办审核机', regionCode: '420200', admin: { username: 'liuyang', displayName: '刘洋', password: 'Liu2026abcd' } });
      expect(() => third.sync.verify(file)).toThrow('尚未添加');
      pair(third, wuhan);
      expect(() => third.sync.verify(file)).toThrow('不是本工作站');
    } finally {
      third.dispose();
    }
    const bytes = readFileSync(file);
    for (const plain of [WUHAN_EDUCATION.name, WUHAN_EDUCATION_SITE.siteName, 'UnitRegistered']) expect(bytes.includes(Buffer.from(plain))).toBe(false);
  });
});

describe('events parked by an earlier release', () => {
  it('are applied once this release, which knows their type, opens the data', async () => {
    const { applicationId } = submitted(wuhan);
    const rows = wuhan.work.sqlite.prepare('SELECT * FROM events WHERE workstation_id = ? ORDER BY seq').all(wuhan.journal.workstationId) as Parameters<typeof rowToEvent>[0][];
    const events = rows.map(rowToEvent).filter((e) => EVENT_REACH[e.type] !== 'workstation');
    const submission = events.find((e) => e.type === 'ApplicationSubmitted')!;
    // As an older release, which did not know the type, would have left it: parked from an earlier bundle.
    hubei.work.sqlite
      .prepare('INSERT INTO parked_events (id, origin, seq, type, version, line, bundle_id, parked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(submission.id, submission.workstationId, submission.seq, submission.type, submission.version, JSON.stringify(submission), randomUUID(), '2026-11-20T08:00:00.000Z');
    const file = join(dir, 'rest.wssb');
    const lines = events.filter((e) => e !== submission).map((e) => JSON.stringify(e));
    const keys = { [wuhan.journal.workstationId]: loadOrCreateKey(wuhan.dataDir) };
    craftBundle(file, wuhan, hubei, { lines, ranges: [{ origin: wuhan.journal.workstationId, from: 1, to: rows[rows.length - 1].seq }], keys });
    await hubei.sync.import('cli', file, { confirmed: false });
    expect(() => hubei.applications.get(applicationId)).toThrow();
    hubei.close();
    const reopened = openWorkstation({ dataDir: hubei.dataDir, host: 'cli', log: silentLog, now: hubei.clock.now });
    try {
      expect(reopened.sync.parked()).toEqual([]);
      expect(reopened.applications.get(applicationId).state).toBe('submitted');
      expect(sharedState(reopened)).toBe(sharedState(wuhan));
    } finally {
      reopened.close();
    }
  });
});

describe('ID numbers sealed elsewhere', () => {
  it('show that their key has not arrived, rather than failing the screen, until a bundle brings it', async () => {
    const unit = wuhan.units.create('clerk', unitInputSchema.parse(WUHAN_EDUCATION));
    const registered = rowToEvent(wuhan.work.sqlite.prepare("SELECT * FROM events WHERE type = 'UnitRegistered'").get() as Parameters<typeof rowToEvent>[0]);
    const file = join(dir, 'no-keys.wssb');
    craftBundle(file, wuhan, hubei, { lines: [JSON.stringify(registered)], ranges: [{ origin: wuhan.journal.workstationId, from: 1, to: registered.seq }] });
    await hubei.sync.import('cli', file, { confirmed: false });
    expect(hubei.units.get(unit.id).unit.head.idNumberMasked).toBe('（密钥未送达）');
    await hubei.sync.import('cli', exportTo(wuhan, hubei, dir, true), { confirmed: false });
    expect(hubei.units.get(unit.id).unit.head.idNumberMasked).toMatch(/^4201.*0011$/);
  });
});

describe('identifiers that clash when two workstations meet', () => {
  /** An approved 事业单位 site (no paper) on a workstation. */
  async function approved(ws: TestWorkstation, name: string, credit: string): Promise<string> {
    const unit = ws.units.create('clerk', unitInputSchema.parse({ ...WUHAN_EDUCATION, name, creditCode: credit + creditCheckChar(credit) }));
    const { applicationId } = ws.applications.submit('clerk', { applicationId: null, unitId: unit.id, data: applicationDataSchema.parse({ ...WUHAN_EDUCATION_SITE, siteName: `${name}网` }), expectedVersion: 0 });
    ws.review.decideInitial('cli', { applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
    ws.review.decideFinal('cli', { applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
    return applicationId;
  }

  it('the same badge code issued on two workstations: the earlier stands, the later is a conflict to reissue', async () => {
    const here = await approved(hubei, '湖北省教育考试院', '12420000MB0012345');
    const there = await approved(wuhan, '武汉市教育考试院', '12420100MB0012346');
    // As if both issuer numbers collided: the same code, recorded the way BadgesService records it.
    const issue = (ws: TestWorkstation, applicationId: string) =>
      ws.journal.record('cli', () => [
        { type: 'BadgeIssued', aggregateId: applicationId, payload: { applicationId, unitId: ws.applications.get(applicationId).unit.id, code: 'CA170010000123400010001', verificationId: randomBytes(16).toString('hex').toUpperCase(), color: 'blue', source: 'workstation', nextState: 'badgeIssued' } },
      ]);
    issue(hubei, here);
    hubei.clock.advance(1000);
    wuhan.clock.advance(5000);
    issue(wuhan, there);
    await hubei.sync.import('cli', exportTo(wuhan, hubei, dir), { confirmed: false });
    await wuhan.sync.import('cli', exportTo(hubei, wuhan, dir), { confirmed: false });
    for (const ws of [hubei, wuhan]) {
      const clash = ws.sync.conflicts().find((c) => c.eventType === 'BadgeIssued');
      expect(clash?.found).toContain('CA170010000123400010001 已发给另一网站');
      expect(ws.applications.get(there).state).toBe('approved');
    }
    expect(sharedState(hubei)).toBe(sharedState(wuhan));
  });
});

describe('progress on the screen', () => {
  it('is readable while an export runs, and one operation runs at a time', async () => {
    submitted(wuhan);
    const seen = new Set<string>();
    const running = wuhan.sync.exportToOutbox('cli', { peerId: hubei.journal.workstationId, full: false, passphrase: null });
    let settled = false;
    void running.finally(() => (settled = true));
    await expect(wuhan.sync.exportToOutbox('cli', { peerId: hubei.journal.workstationId, full: true, passphrase: null })).rejects.toThrow('另一项同步操作正在进行');
    while (!settled) {
      const progress = wuhan.sync.progress();
      if (progress) seen.add(progress.phase);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const result = await running;
    expect(result.events).toBe(2);
    expect(seen.has('writing')).toBe(true);
    expect(wuhan.sync.progress()).toBeNull();
    expect(wuhan.sync.takeBundle(result.fileName).fileName).toBe(result.fileName);
    expect(() => wuhan.sync.takeBundle(result.fileName)).toThrow('已取走');
  });
});

describe('what needs an admin to confirm', () => {
  it('a bundle closing most of the open applications', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const body = `12420100MB00${String(12340 + i)}`;
      const unit = wuhan.units.create('clerk', unitInputSchema.parse({ ...WUHAN_EDUCATION, name: `武汉市第${i + 1}中学`, creditCode: body + creditCheckChar(body) }));
      const { applicationId } = wuhan.applications.submit('clerk', { applicationId: null, unitId: unit.id, data: applicationDataSchema.parse({ ...WUHAN_EDUCATION_SITE, siteName: `武汉市第${i + 1}中学网` }), expectedVersion: 0 });
      wuhan.review.decideInitial('cli', { applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
      wuhan.review.decideFinal('cli', { applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
      ids.push(applicationId);
    }
    await hubei.sync.import('cli', exportTo(wuhan, hubei, dir), { confirmed: false });
    wuhan.clock.advance(60_000);
    for (const applicationId of ids.slice(0, 5)) wuhan.closure.close('cli', 'revoke', { applicationId, expectedState: 'approved', reason: '学校合并，网站关停' });
    const file = exportTo(wuhan, hubei, dir);
    const preview = hubei.sync.verify(file);
    expect(preview.massClosure).toEqual({ closing: 5, open: 6 });
    expect(preview.confirmations[0]).toContain('注销或撤回 5 个申请');
    await expect(hubei.sync.import('cli', file, { confirmed: false })).rejects.toThrow('需要确认后才能导入');
    expect(hubei.applications.get(ids[0]).state).toBe('approved');
    await hubei.sync.import('cli', file, { confirmed: true });
    expect(hubei.applications.get(ids[0]).state).toBe('revoked');
  });

  it('events stamped far ahead of this clock; once accepted, what is recorded here sorts after them', async () => {
    wuhan.clock.advance(3 * 86_400_000);
    const unit = wuhan.units.create('clerk', unitInputSchema.parse(WUHAN_EDUCATION));
    const file = exportTo(wuhan, hubei, dir);
    expect(hubei.sync.verify(file)).toMatchObject({ farFuture: 1, confirmations: [expect.stringContaining('晚一天以上')] });
    await expect(hubei.sync.import('cli', file, { confirmed: false })).rejects.toThrow('需要确认后才能导入');
    await hubei.sync.import('cli', file, { confirmed: true });
    const data = applicationDataSchema.parse(WUHAN_EDUCATION_SITE);
    hubei.applications.submit('clerk', { applicationId: null, unitId: unit.id, data, expectedVersion: 0 });
    const [registered, submitted] = ['UnitRegistered', 'ApplicationSubmitted'].map((type) => hubei.work.sqlite.prepare('SELECT hlc FROM events WHERE type = ?').pluck().get(type) as string);
    expect(submitted > registered).toBe(true);
  });
});

describe('a bundle under a passphrase', () => {
  it('opens only with the passphrase, even for its recipient', async () => {
    submitted(wuhan);
    const file = join(dir, 'with-passphrase.wssb');
    wuhan.sync.export('cli', { peerId: hubei.journal.workstationId, full: false, file, passphrase: '湖北武汉2026交换' });
    expect(() => hubei.sync.verify(file)).toThrow('该同步包用口令加密，请输入口令');
    expect(() => hubei.sync.verify(file, { passphrase: '猜一个口令试试' })).toThrow('口令不正确');
    expect(hubei.sync.verify(file, { passphrase: '湖北武汉2026交换' }).newEvents).toBe(2);
    await hubei.sync.import('cli', file, { confirmed: false, passphrase: '湖北武汉2026交换' });
    expect(sharedState(hubei)).toBe(sharedState(wuhan));
  });
});
