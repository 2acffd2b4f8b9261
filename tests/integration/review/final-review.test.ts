import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rebuildProjections, stateHash } from '../../../src/main/journal/projections';
import { applicationDataSchema } from '../../../src/shared/applications/application';
import { applicationQuerySchema } from '../../../src/shared/applications/query';
import { unitInputSchema } from '../../../src/shared/units/unit';
import { creditCheckChar } from '../../../src/shared/validation/credit-code';
import { WUHAN_EDUCATION, WUHAN_EDUCATION_SITE } from '../../helpers/samples';
import { beijing, initialized, testWorkstation, type TestWorkstation } from '../../helpers/workstation';

let ws: TestWorkstation;
let reviewer: string;
let other: string;
beforeEach(async () => {
  ws = testWorkstation();
  // Early enough that the National Day holiday lies ahead: the journal's clock never runs backwards.
  ws.clock.set(beijing('2026-09-01T09:00:00'));
  await initialized(ws);
  const admin = ws.accounts.listUsers()[0].id;
  reviewer = (await ws.accounts.createUser(admin, { username: 'wangfang', displayName: '王芳', roles: ['reviewer'], password: 'Wang2026abc' })).id;
  other = (await ws.accounts.createUser(admin, { username: 'zhaolei', displayName: '赵磊', roles: ['reviewer'], password: 'Zhao2026abc' })).id;
});
afterEach(() => ws.dispose());

const examBody = '12420100MB0012345';

/** A 事业单位 (no paper) passed at 初审: it waits for the final 审核. */
function awaitingFinal(): string {
  const unit = ws.units.create('clerk', unitInputSchema.parse({ ...WUHAN_EDUCATION, name: '武汉市教育考试院', creditCode: examBody + creditCheckChar(examBody) }));
  const data = applicationDataSchema.parse({ ...WUHAN_EDUCATION_SITE, siteName: '武汉市教育考试院网' });
  const { applicationId } = ws.applications.submit('clerk', { applicationId: null, unitId: unit.id, data, expectedVersion: 0 });
  ws.review.decideInitial(reviewer, { applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
  return applicationId;
}

const approve = (applicationId: string, actor = reviewer) =>
  ws.review.decideFinal(actor, { applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });

describe('审核 (the final decision)', () => {
  it('approves, records the decision and queues the approval notice', () => {
    const applicationId = awaitingFinal();
    expect(approve(applicationId)).toEqual({ state: 'approved' });
    const detail = ws.applications.get(applicationId);
    expect(detail.decisions.map((d) => [d.stage, d.decision])).toEqual([
      ['initial', 'pass'],
      ['final', 'pass'],
    ]);
    expect(detail.history.map((h) => h.summary)).toContain('审核通过（第 1 版）→ 审核通过');
    const sms = detail.notices.find((n) => n.trigger === 'finalApprove' && n.channel === 'sms');
    expect(sms?.text).toContain('已审核通过');
    expect(detail.deadline).toBeNull();
  });

  it('refuses with paper-stage reasons, and not with a reason meant only for 初审', () => {
    const second = awaitingFinal();
    const before = ws.journal.count();
    expect(() =>
      ws.review.decideFinal(reviewer, { applicationId: second, expectedVersion: 1, decision: 'reject', reasons: [{ code: 'domainRules', field: 'cnDomain', note: '' }], note: '' }),
    ).toThrow('不适用于审核');
    expect(ws.journal.count()).toBe(before);
    const result = ws.review.decideFinal(reviewer, {
      applicationId: second,
      expectedVersion: 1,
      decision: 'reject',
      reasons: [{ code: 'paperMismatch', field: 'unit.name', note: '公章为“武汉市招生考试办公室”' }],
      note: '',
    });
    expect(result).toEqual({ state: 'refused' });
    const notice = ws.applications.get(second).notices.find((n) => n.trigger === 'finalRefuse' && n.channel === 'sms');
    expect(notice?.text).toContain('未通过审核。原因：1. 书面材料与在线信息不一致');
  });

  it('gives the second of two reviewers a conflict, never an overwrite', () => {
    const applicationId = awaitingFinal();
    approve(applicationId, other);
    expect(() => approve(applicationId)).toThrow('该申请已由他人处理（当前：审核通过），您的决定未保存。');
    expect(ws.applications.get(applicationId).decisions.filter((d) => d.stage === 'final')).toHaveLength(1);
  });

  it('is refused before 初审', () => {
    const unit = ws.units.create('clerk', unitInputSchema.parse(WUHAN_EDUCATION));
    const { applicationId } = ws.applications.submit('clerk', { applicationId: null, unitId: unit.id, data: applicationDataSchema.parse(WUHAN_EDUCATION_SITE), expectedVersion: 0 });
    expect(() => approve(applicationId)).toThrow('该申请已由他人处理（当前：待初审）');
  });

  it('runs the paper-review clock from the 初审 pass, 10 working days across the National Day holiday', () => {
    ws.settings.update('admin', { deadlineDays: { initialReview: 5, paperReview: 10, badgeInstall: 5 } });
    ws.clock.set(beijing('2026-09-28T15:00:00'));
    const applicationId = awaitingFinal();
    // 9-29 and 9-30; 10-1 … 10-7 off; 10-8, 10-9, the 调休 Saturday 10-10, 10-12 … 10-16: the tenth is 10-16.
    ws.clock.set(beijing('2026-10-16T09:00:00'));
    expect(ws.applications.get(applicationId).deadline).toEqual({ stage: 'paperReview', dueDate: '2026-10-16', workdaysLeft: 0, overdue: false });
    expect(ws.applicationsReader.query(applicationQuerySchema.parse({ overdue: true })).total).toBe(0);
    ws.clock.set(beijing('2026-10-19T09:00:00'));
    expect(ws.applicationsReader.query(applicationQuerySchema.parse({ overdue: true })).rows.map((r) => r.deadline)).toEqual([
      { stage: 'paperReview', dueDate: '2026-10-16', workdaysLeft: -1, overdue: true },
    ]);
  });
});

describe('撤回 and 注销', () => {
  it('withdraws on the unit’s request with a reason; nothing more can happen to it', () => {
    const unit = ws.units.create('clerk', unitInputSchema.parse(WUHAN_EDUCATION));
    const { applicationId } = ws.applications.submit('clerk', { applicationId: null, unitId: unit.id, data: applicationDataSchema.parse(WUHAN_EDUCATION_SITE), expectedVersion: 0 });
    expect(() => ws.closure.close('clerk', 'withdraw', { applicationId, expectedState: 'initialRejected', reason: '单位申请撤回' })).toThrow(
      '该申请已变为“待初审”，请刷新后再操作。',
    );
    expect(ws.closure.close('clerk', 'withdraw', { applicationId, expectedState: 'submitted', reason: '单位拟并入市政府门户，申请撤回' })).toEqual({ state: 'withdrawn' });
    const detail = ws.applications.get(applicationId);
    expect(detail.history.at(-1)?.summary).toBe('撤回申请：单位拟并入市政府门户，申请撤回');
    expect(() => ws.review.decideInitial(reviewer, { applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' })).toThrow('当前：已撤回');
  });

  it('revokes an approved site but not one still under review', () => {
    const applicationId = awaitingFinal();
    expect(() => ws.closure.close(reviewer, 'revoke', { applicationId, expectedState: 'finalReview', reason: '单位撤销' })).toThrow(
      '申请当前为“待审核”，不能“注销”。',
    );
    approve(applicationId);
    expect(ws.closure.close(reviewer, 'revoke', { applicationId, expectedState: 'approved', reason: '机构改革，单位已撤销' })).toEqual({ state: 'revoked' });
    const before = stateHash(ws.work);
    expect(rebuildProjections(ws.work, ws.journal)).toBe(before);
  });
});
