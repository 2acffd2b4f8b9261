import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../../src/shared/api/field-errors';
import { diffApplications } from '../../../src/shared/applications/diff';
import type { ApplicationDraft } from '../../../src/shared/applications/application';
import { reviewDecisionSchema } from '../../../src/shared/review/decision';
import { DEFAULT_TEMPLATES, renderTemplate } from '../../../src/shared/notices/templates';
import { decisionNotice } from '../../../src/shared/review/notice';
import { DEFAULT_REASONS } from '../../../src/shared/review/reasons';
import { WUHAN_EDUCATION_SITE } from '../../helpers/samples';

const site = WUHAN_EDUCATION_SITE as ApplicationDraft;
const facts = { unitName: '武汉市教育局', siteName: '武汉市教育局网', serialNo: '20261128-420100-0001-1028F244' };

describe('初审 decisions', () => {
  it('require a reason to reject, and words for “其他”', () => {
    const base = { applicationId: 'a1', expectedVersion: 1, decision: 'reject' as const, note: '' };
    expect(fieldErrors(reviewDecisionSchema.safeParse({ ...base, reasons: [] }).error!)).toEqual({ reasons: '不通过时至少选择一个原因' });
    expect(fieldErrors(reviewDecisionSchema.safeParse({ ...base, reasons: [{ code: 'other', field: null, note: '' }] }).error!)).toEqual({
      'reasons.0.note': '选择“其他原因”时请写明原因',
    });
    expect(reviewDecisionSchema.safeParse({ ...base, reasons: [{ code: 'siteNameBasis', field: 'siteName', note: '' }] }).success).toBe(true);
  });

  it('tell the unit what to do next', () => {
    const reasons = [
      { code: 'siteNameBasis', field: 'siteName', note: '应为“武汉教育网”或单位全称加“网”' },
      { code: 'ipMismatch', field: 'ipv4', note: '' },
    ];
    expect(decisionNotice(DEFAULT_TEMPLATES, DEFAULT_REASONS, facts, 'initialReject', reasons, '', 'sms')).toBe(
      '【网站审核】武汉市教育局：您单位申请的网站“武汉市教育局网”（申请序号20261128-420100-0001-1028F244）未通过初审。原因：' +
        '1. 网站名称应以单位全称、规范简称或常用简称为基础（网站名称）：应为“武汉教育网”或单位全称加“网”；' +
        '2. IP 地址与域名解析设置不一致（IP 地址（IPv4））。请登录平台修改后重新提交。',
    );
    const email = decisionNotice(DEFAULT_TEMPLATES, DEFAULT_REASONS, facts, 'initialReject', reasons, '请于本周内修改', 'email');
    expect(email).toContain('\n1. 网站名称应以单位全称');
    expect(email).toContain('\n2. IP 地址与域名解析设置不一致');
    expect(email).toContain('说明：请于本周内修改');
    expect(decisionNotice(DEFAULT_TEMPLATES, DEFAULT_REASONS, facts, 'initialPass', [], '', 'sms')).toContain('已通过初审');
  });

  it('fill only known placeholders, so a typo stays visible', () => {
    expect(renderTemplate('【单位名称】您好，【网站名】', { 单位名称: '武汉市教育局', 网站名称: '', 申请序号: '', 原因: '', 说明: '' })).toBe(
      '武汉市教育局您好，【网站名】',
    );
  });
});

describe('version diff', () => {
  it('lists only the fields that changed, with their labels', () => {
    const after = { ...site, siteName: '武汉教育网', ipv4: '59.172.10.22', siteManager: { ...site.siteManager, phoneExt: '' } };
    expect(diffApplications(site, after)).toEqual([
      { field: 'siteManager.phone', label: '网站负责人电话', before: '027-85671235 转 8001', after: '027-85671235' },
      { field: 'siteName', label: '网站名称', before: '武汉市教育局网', after: '武汉教育网' },
      { field: 'ipv4', label: 'IP 地址（IPv4）', before: '59.172.10.21', after: '59.172.10.22' },
    ]);
    expect(diffApplications(site, site)).toEqual([]);
  });
});

describe('automatic checks on the application', () => {
  it('warn about an intranet IPv4 address', async () => {
    const { applicationChecks } = await import('../../../src/shared/applications/checks');
    const none = { cnDomain: [], enDomain: [], siteName: [] };
    expect(applicationChecks({ ...site, ipv4: '10.1.2.3' }, none).map((c) => c.code)).toEqual(['ipv4.private']);
    expect(applicationChecks({ ...site, ipv4: '59.172.10.21' }, none)).toEqual([]);
  });
});
