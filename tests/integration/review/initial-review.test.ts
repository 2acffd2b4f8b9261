import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rebuildProjections, stateHash } from '../../../src/main/journal/projections';
import { applicationDataSchema, type ApplicationDraft } from '../../../src/shared/applications/application';
import { applicationQuerySchema } from '../../../src/shared/applications/query';
import { creditCheckChar } from '../../../src/shared/validation/credit-code';
import { unitInputSchema } from '../../../src/shared/units/unit';
import { WUHAN_EDUCATION, WUHAN_EDUCATION_SITE } from '../../helpers/samples';
import { initialized, testWorkstation, type TestWorkstation } from '../../helpers/workstation';

let ws: TestWorkstation;
let reviewer: string;
let clerk: string;
beforeEach(async () => {
  ws = testWorkstation();
  await initialized(ws);
  const admin = ws.accounts.listUsers()[0].id;
  reviewer = (await ws.accounts.createUser(admin, { username: 'wangfang', displayName: '王芳', roles: ['reviewer'], password: 'Wang2026abc' })).id;
  clerk = (await ws.accounts.createUser(admin, { username: 'liqing', displayName: '李青', roles: ['clerk'], password: 'Liqing2026x' })).id;
});
afterEach(() => ws.dispose());

function submitted(unitChanges: Partial<typeof WUHAN_EDUCATION> = {}) {
  const unit = ws.units.create(clerk, unitInputSchema.parse({ ...WUHAN_EDUCATION, ...unitChanges }));
  const data = applicationDataSchema.parse(WUHAN_EDUCATION_SITE);
  const { applicationId } = ws.applications.submit(clerk, { applicationId: null, unitId: unit.id, data, expectedVersion: 0 });
  return { unit, applicationId, data };
}

const reject = (applicationId: string, expectedVersion: number) =>
  ws.review.decideInitial(reviewer, {
    applicationId,
    expectedVersion,
    decision: 'reject',
    reasons: [
      { code: 'siteNameBasis', field: 'siteName', note: '应以单位全称或规范简称为基础' },
      { code: 'ipMismatch', field: 'ipv4', note: '' },
    ],
    note: '',
  });

describe('初审', () => {
  it('rejects with reasons, lets the clerk amend, then passes the new version to the paper stage', () => {
    const { unit, applicationId, data } = submitted();
    expect(reject(applicationId, 1)).toEqual({ state: 'initialRejected' });
    let detail = ws.applications.get(applicationId);
    expect(detail.state).toBe('initialRejected');
    expect(detail.decisions[0]).toMatchObject({ decision: 'reject', version: 1, decidedBy: '王芳', reasons: [{ field: 'siteName' }, { field: 'ipv4' }] });
    expect(detail.decisions[0].notice).toContain('未通过初审');

    ws.applications.saveDraft(clerk, { applicationId, unitId: unit.id, draft: { ...data, siteName: '武汉教育网' } as ApplicationDraft });
    ws.applications.submit(clerk, { applicationId, unitId: unit.id, data: { ...data, siteName: '武汉教育网', ipv4: '59.172.10.22' }, expectedVersion: 1 });
    expect(ws.applications.get(applicationId)).toMatchObject({ state: 'submitted', version: 2 });

    expect(ws.review.decideInitial(reviewer, { applicationId, expectedVersion: 2, decision: 'pass', reasons: [], note: '' })).toEqual({ state: 'awaitingPaper' });
    detail = ws.applications.get(applicationId);
    expect(detail.history.map((h) => h.summary)).toEqual([
      expect.stringContaining('提交申请（第 1 版'),
      '初审不通过（第 1 版，2 项原因）',
      '短信通知进入发件箱（13800271234）',
      '邮件通知进入发件箱（liqing@wuhan.gov.cn）',
      '保存草稿',
      '修改后重新提交（第 2 版）',
      '初审通过（第 2 版）→ 待报送书面材料',
      '短信通知进入发件箱（13800271234）',
      '邮件通知进入发件箱（liqing@wuhan.gov.cn）',
    ]);
    expect(detail.history.map((h) => h.actor)).toEqual(['李青', '王芳', '王芳', '王芳', '李青', '李青', '王芳', '王芳', '王芳']);
    expect(detail.notices.map((n) => [n.trigger, n.channel, n.state]).sort()).toEqual([
      ['initialPass', 'email', 'pending'],
      ['initialPass', 'sms', 'pending'],
      ['initialReject', 'email', 'pending'],
      ['initialReject', 'sms', 'pending'],
    ]);
    expect(detail.notices.find((n) => n.trigger === 'initialReject' && n.channel === 'sms')?.text).toContain('原因：1. 网站名称应以单位全称');
  });

  it('lists in 我经办的 what the caller entered or decided', () => {
    const { applicationId } = submitted();
    const other = ws.units.create(clerk, unitInputSchema.parse({ ...WUHAN_EDUCATION, name: '武汉市民政局' }));
    ws.applications.submit(clerk, { applicationId: null, unitId: other.id, data: applicationDataSchema.parse({ ...WUHAN_EDUCATION_SITE, siteName: '武汉民政网' }), expectedVersion: 0 });
    reject(applicationId, 1);
    const mine = (userId: string) => ws.applicationsReader.query(applicationQuerySchema.parse({ mine: true }), userId).rows.map((r) => r.siteName).sort();
    expect(mine(reviewer)).toEqual(['武汉市教育局网']);
    expect(mine(clerk)).toEqual(['武汉市教育局网', '武汉民政网']);
  });

  it('refuses a decision on a version the reviewer did not see, and a second decision', () => {
    const { unit, applicationId, data } = submitted();
    ws.applications.submit(clerk, { applicationId, unitId: unit.id, data: { ...data, siteName: '武汉教育网' }, expectedVersion: 1 });
    expect(() => reject(applicationId, 1)).toThrow('申请已更新为第 2 版（您审阅的是第 1 版）');
    reject(applicationId, 2);
    expect(() => ws.review.decideInitial(reviewer, { applicationId, expectedVersion: 2, decision: 'pass', reasons: [], note: '' })).toThrow(
      '该申请已由他人处理（当前：初审不通过）',
    );
  });

  it('sends a 事业单位 straight to the final review, and freezes the application once passed', () => {
    const body = '12420100MB0012345';
    const { unit, applicationId, data } = submitted({ name: '武汉市教育考试院', creditCode: body + creditCheckChar(body) });
    expect(ws.review.decideInitial(reviewer, { applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' })).toEqual({ state: 'finalReview' });
    expect(() => ws.applications.submit(clerk, { applicationId, unitId: unit.id, data, expectedVersion: 1 })).toThrow(
      '申请当前为“待审核”，不能“修改后重新提交”。',
    );
  });

  it('queues notices in the admin’s wording', () => {
    ws.notices.saveTemplate('admin', { trigger: 'initialReject', channel: 'sms', text: '【单位名称】：网站【网站名称】初审未通过（【原因】），请修改。' });
    const { applicationId } = submitted();
    reject(applicationId, 1);
    const sms = ws.notices.list({ state: 'pending', applicationId, page: 1, pageSize: 10 }).rows.find((n) => n.channel === 'sms');
    expect(sms?.text).toBe('武汉市教育局：网站武汉市教育局网初审未通过（1. 网站名称应以单位全称、规范简称或常用简称为基础（网站名称）：应以单位全称或规范简称为基础；2. IP 地址与域名解析设置不一致（IP 地址（IPv4））），请修改。');
  });

  it('uses the admin’s reason list: reworded, retired and added codes', () => {
    const ipMismatch = ws.reasons.list().find((r) => r.code === 'ipMismatch')!;
    ws.reasons.save('admin', { ...ipMismatch, retired: true });
    ws.reasons.save('admin', { code: 'noIcpFiling', label: '网站未完成 ICP 备案', stage: 'initial', field: 'enDomain', retired: false });
    const { applicationId } = submitted();
    expect(() => reject(applicationId, 1)).toThrow('所选不通过原因已停用或不存在');
    ws.review.decideInitial(reviewer, { applicationId, expectedVersion: 1, decision: 'reject', reasons: [{ code: 'noIcpFiling', field: 'enDomain', note: '' }], note: '' });
    const sms = ws.applications.get(applicationId).notices.find((n) => n.channel === 'sms');
    expect(sms?.text).toContain('1. 网站未完成 ICP 备案（英文域名）');
    expect(ws.reasons.list().at(-1)).toMatchObject({ code: 'noIcpFiling' });
  });

  it('rebuilds decisions and states to the same state hash', () => {
    const { applicationId } = submitted();
    reject(applicationId, 1);
    const before = stateHash(ws.work);
    expect(rebuildProjections(ws.work, ws.journal)).toBe(before);
  });
});
