import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rebuildProjections, stateHash } from '../../../src/main/journal/projections';
import { applicationDataSchema } from '../../../src/shared/applications/application';
import { makeScanCode } from '../../../src/shared/paper/scan-code';
import { DEFAULT_CHECKLIST } from '../../../src/shared/paper/checklist';
import { unitInputSchema } from '../../../src/shared/units/unit';
import { WUHAN_EDUCATION, WUHAN_EDUCATION_SITE } from '../../helpers/samples';
import { beijing, initialized, testWorkstation, type TestWorkstation } from '../../helpers/workstation';

let ws: TestWorkstation;
let clerk: string;
beforeEach(async () => {
  ws = testWorkstation();
  ws.clock.set(beijing('2026-11-02T09:00:00'));
  await initialized(ws);
  const admin = ws.accounts.listUsers()[0].id;
  clerk = (await ws.accounts.createUser(admin, { username: 'liqing', displayName: '李青', roles: ['clerk'], password: 'Liqing2026x' })).id;
});
afterEach(() => ws.dispose());

/** An application past 初审, waiting for its paper; returns its id and printed code. */
function awaitingPaper() {
  const unit = ws.units.create(clerk, unitInputSchema.parse(WUHAN_EDUCATION));
  const data = applicationDataSchema.parse(WUHAN_EDUCATION_SITE);
  const { applicationId, serialNo } = ws.applications.submit(clerk, { applicationId: null, unitId: unit.id, data, expectedVersion: 0 });
  ws.review.decideInitial('reviewer', { applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
  return { applicationId, serialNo, code: makeScanCode(serialNo, 1) };
}

const everything = DEFAULT_CHECKLIST.map((i) => i.code);
const checkIn = (applicationId: string, present: string[], extra: Partial<{ channel: 'counter' | 'post' | 'confidential'; trackingNo: string; receivedOn: string }> = {}) =>
  ws.paper.checkIn(clerk, { applicationId, expectedVersion: 1, present, receivedOn: '2026-11-02', channel: 'counter', trackingNo: '', note: '', ...extra });

describe('书面材料登记', () => {
  it('finds the exact version from the scanned code, even typed through a Chinese input method', () => {
    const { applicationId, code } = awaitingPaper();
    expect(ws.paper.lookup(code)).toMatchObject({ application: { id: applicationId, state: 'awaitingPaper' }, scanCode: code, checkins: [] });
    // Full-width characters and lower case, as a scanner types them with the IME on.
    const fullWidth = code.toLowerCase().replace(/[0-9a-z-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(ws.paper.lookup(`  ${fullWidth}\n`).application.id).toBe(applicationId);
    expect(ws.paper.lookup(code).checklist.map((i) => i.code)).toEqual(everything);
  });

  it('finds the newest version by a bare 申请序号 typed by hand, saying the version is unchecked', () => {
    const { applicationId, serialNo } = awaitingPaper();
    expect(ws.paper.lookup(` ${serialNo.toLowerCase()} `)).toMatchObject({ application: { id: applicationId }, versionChecked: false });
    expect(ws.paper.lookup(makeScanCode(serialNo, 1)).versionChecked).toBe(true);
  });

  it('gives a clear message for wrong scans and changes nothing', () => {
    const { applicationId, serialNo, code } = awaitingPaper();
    const before = ws.journal.count();
    expect(() => ws.paper.lookup('ABC')).toThrow('无法识别的条码');
    expect(() => ws.paper.lookup(code.slice(0, -1) + (code.endsWith('0') ? '1' : '0'))).toThrow('条码校验不符');
    expect(() => ws.paper.lookup(makeScanCode('20261102-420100-0099-00000000', 1))).toThrow('没有申请序号为 20261102-420100-0099-00000000 的申请');
    expect(() => ws.paper.lookup(makeScanCode(serialNo, 2))).toThrow('这份材料按第 2 版打印，申请现为第 1 版');
    checkIn(applicationId, everything);
    expect(() => ws.paper.lookup(code)).toThrow('该申请的书面材料已登记齐全（当前：待审核），无需再次登记。');
    expect(ws.journal.count()).toBe(before + 1);
  });

  it('refuses paper for an application still in 初审', () => {
    const unit = ws.units.create(clerk, unitInputSchema.parse(WUHAN_EDUCATION));
    const { serialNo } = ws.applications.submit(clerk, { applicationId: null, unitId: unit.id, data: applicationDataSchema.parse(WUHAN_EDUCATION_SITE), expectedVersion: 0 });
    expect(() => ws.paper.lookup(makeScanCode(serialNo, 1))).toThrow('该申请尚未通过初审（当前：待初审）');
  });

  it('moves a complete envelope on to 审核 and starts the paper-review clock', () => {
    const { applicationId } = awaitingPaper();
    expect(checkIn(applicationId, everything, { channel: 'confidential', trackingNo: 'JY2026-1102' })).toEqual({ state: 'finalReview', complete: true });
    const detail = ws.applications.get(applicationId);
    expect(detail.deadline).toMatchObject({ stage: 'paperReview', dueDate: '2026-11-16' });
    expect(detail.checkins).toMatchObject([{ complete: true, channel: 'confidential', checkedInBy: '李青', serialNo: expect.any(String) }]);
    expect(detail.history.at(-1)?.summary).toBe('书面材料齐全（第 1 版，2026-11-02 机要收到）');
  });

  it('asks for 补正 with the missing items, queues the notice, and completes on a later check-in', () => {
    const { applicationId, code } = awaitingPaper();
    expect(checkIn(applicationId, ['letter', 'forms', 'sealMatch'])).toEqual({ state: 'supplementRequested', complete: false });
    const sms = ws.applications.get(applicationId).notices.find((n) => n.trigger === 'supplementRequest' && n.channel === 'sms');
    expect(sms?.text).toContain('书面材料不齐全，缺少：1. 法定代表人或经办人身份证复印件');
    expect(ws.paper.lookup(code).checkins).toHaveLength(1);
    ws.clock.set(beijing('2026-11-05T10:00:00'));
    expect(checkIn(applicationId, everything, { channel: 'post', trackingNo: 'SF1234567890', receivedOn: '2026-11-05' })).toEqual({ state: 'finalReview', complete: true });
    expect(ws.applications.get(applicationId).checkins.map((c) => c.complete)).toEqual([false, true]);
    expect(ws.paperReader.log({ page: 1, pageSize: 10 }).rows.map((c) => c.receivedOn)).toEqual(['2026-11-05', '2026-11-02']);
    const before = stateHash(ws.work);
    expect(rebuildProjections(ws.work, ws.journal)).toBe(before);
  });

  it('refuses a received date in the future', () => {
    const { applicationId } = awaitingPaper();
    expect(() => checkIn(applicationId, everything, { receivedOn: '2026-11-03' })).toThrow('收到日期不能晚于今天');
    expect(ws.applications.get(applicationId).state).toBe('awaitingPaper');
  });

  it('uses the admin’s checklist for the unit’s category and region', () => {
    ws.settings.update('admin', {
      paperChecklist: [
        ...DEFAULT_CHECKLIST,
        { code: 'orgCert', label: '组织机构代码证复印件', systemCategories: ['government'], regionCodes: ['420100'] },
        { code: 'courtSeal', label: '法院系统专用材料', systemCategories: ['court'], regionCodes: [] },
        { code: 'beijingOnly', label: '北京市要求的材料', systemCategories: [], regionCodes: ['110000'] },
      ],
    });
    const { applicationId, code } = awaitingPaper();
    expect(ws.paper.lookup(code).checklist.map((i) => i.code)).toEqual([...everything, 'orgCert']);
    expect(checkIn(applicationId, everything).state).toBe('supplementRequested');
    expect(() => checkIn(applicationId, [...everything, 'orgCert', 'courtSeal'])).toThrow('材料清单已被管理员修改');
  });
});
