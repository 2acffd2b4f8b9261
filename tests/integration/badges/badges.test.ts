import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rebuildProjections, stateHash } from '../../../src/main/journal/projections';
import { applicationDataSchema } from '../../../src/shared/applications/application';
import { BADGE_CODE, badgeSnippet } from '../../../src/shared/badges/code';
import { unitInputSchema } from '../../../src/shared/units/unit';
import { creditCheckChar } from '../../../src/shared/validation/credit-code';
import { WUHAN_EDUCATION, WUHAN_EDUCATION_SITE } from '../../helpers/samples';
import { page } from '../../helpers/sites';
import { beijing, initialized, testWorkstation, type TestWorkstation } from '../../helpers/workstation';

let ws: TestWorkstation;
beforeEach(async () => {
  ws = testWorkstation();
  ws.clock.set(beijing('2026-11-02T09:00:00'));
  await initialized(ws);
});
afterEach(() => ws.dispose());

const body = '12420100MB0012345';

/** Approved sites of one 事业单位 (no paper): 初审 and 审核 passed. */
function approved(siteNames: string[]): string[] {
  const unit = ws.units.create('clerk', unitInputSchema.parse({ ...WUHAN_EDUCATION, name: '武汉市教育考试院', creditCode: body + creditCheckChar(body) }));
  return siteNames.map((siteName) => {
    const data = applicationDataSchema.parse({ ...WUHAN_EDUCATION_SITE, siteName });
    const { applicationId } = ws.applications.submit('clerk', { applicationId: null, unitId: unit.id, data, expectedVersion: 0 });
    ws.review.decideInitial('reviewer', { applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
    ws.review.decideFinal('reviewer', { applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
    return applicationId;
  });
}

describe('网站标识', () => {
  it('issues CONAC-shaped codes: the unit keeps its organisation number, each site counts up', () => {
    const [exam, english] = approved(['武汉招考网', '武汉招考网（英文版）']);
    expect(ws.badges.issue('reviewer', [exam, english]).issued).toEqual([exam, english]);
    const [a, b] = ws.badges.list({ states: [], page: 1, pageSize: 10 }).rows.sort((x, y) => x.code!.localeCompare(y.code!));
    expect(a.code).toMatch(BADGE_CODE);
    expect(a.code!.slice(0, 11)).toBe('CA180010000');
    expect(a.code!.slice(11, 19)).toBe(b.code!.slice(11, 19));
    expect([a.code!.slice(19), b.code!.slice(19)]).toEqual(['0001', '0002']);
    expect(a).toMatchObject({ color: 'blue', state: 'badgeIssued', snippet: badgeSnippet(a.code!) });
    expect(a.verificationId).toMatch(/^[0-9A-F]{32}$/);
    const detail = ws.applications.get(exam);
    expect(detail.deadline).toMatchObject({ stage: 'badgeInstall', dueDate: '2026-11-09' });
    const examCode = [a, b].find((r) => r.applicationId === exam)!.code!;
    expect(detail.notices.find((n) => n.trigger === 'badgeIssued' && n.channel === 'sms')?.text).toContain(`标识编号${examCode}`);
  });

  it('refuses a site that is not approved, issuing nothing of the batch', () => {
    const [site] = approved(['武汉招考网']);
    const unit = ws.units.create('clerk', unitInputSchema.parse(WUHAN_EDUCATION));
    const { applicationId: pending } = ws.applications.submit('clerk', { applicationId: null, unitId: unit.id, data: applicationDataSchema.parse(WUHAN_EDUCATION_SITE), expectedVersion: 0 });
    const before = ws.journal.count();
    expect(() => ws.badges.issue('reviewer', [site, pending])).toThrow('申请当前为“待初审”，不能“发放网站标识”');
    expect(ws.journal.count()).toBe(before);
  });

  it('records each 挂标检测; all pages passing moves the site to 已挂标', () => {
    const [site] = approved(['武汉招考网']);
    ws.badges.issue('reviewer', [site]);
    const code = ws.badges.list({ states: [], page: 1, pageSize: 1 }).rows[0].code!;
    const pages = (withBadge: boolean[]) => withBadge.map((on, i) => ({ name: `page${i}.html`, bytes: Buffer.from(page(`第${i}页`, on ? badgeSnippet(code) : '')) }));
    expect(ws.badges.check('reviewer', site, pages([true, true, false])).passed).toBe(false);
    expect(ws.applications.get(site).state).toBe('badgeIssued');
    expect(ws.applications.get(site).history.at(-1)?.summary).toBe('挂标检测未通过（3 个页面中 1 个未通过，如 page2.html）');
    expect(ws.badges.check('reviewer', site, pages([true, true, true])).passed).toBe(true);
    expect(ws.applications.get(site).state).toBe('badgeInstalled');
    expect(ws.badges.list({ states: ['badgeInstalled'], page: 1, pageSize: 5 }).rows[0]).toMatchObject({ checkPassed: true, checkSummary: '3 个页面全部通过' });
    const hash = stateHash(ws.work);
    expect(rebuildProjections(ws.work, ws.journal)).toBe(hash);
  });

  it('checks a page by its address only when an admin has allowed network access', async () => {
    const [site] = approved(['武汉招考网']);
    ws.badges.issue('reviewer', [site]);
    const code = ws.badges.list({ states: [], page: 1, pageSize: 1 }).rows[0].code!;
    const server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page('首页', badgeSnippet(code))));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`;
    const { token } = await ws.accounts.login('zhangwei', 'Zhang2026ab');
    try {
      const adminReviewer = ws.accounts.listUsers()[0];
      ws.accounts.updateUser(adminReviewer.id, { userId: adminReviewer.id, displayName: '张伟', roles: ['admin', 'reviewer'] });
      expect(await ws.router.call('badges.check', { applicationId: site, url }, token)).toMatchObject({ ok: false, error: { message: expect.stringContaining('管理员未开启联网检测') } });
      ws.settings.update('admin', { badgeCheckNetwork: true });
      const checked = await ws.router.call('badges.check', { applicationId: site, url }, token);
      expect(checked).toMatchObject({ ok: true, value: { passed: true, pages: [{ page: url, status: 'present' }] } });
      expect(ws.applications.get(site).state).toBe('badgeInstalled');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
