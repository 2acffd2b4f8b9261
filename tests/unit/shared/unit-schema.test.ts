import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../../src/shared/api/field-errors';
import { applicationDataSchema } from '../../../src/shared/applications/application';
import { regionLevelOf, unitInputSchema } from '../../../src/shared/units/unit';
import { WUHAN_EDUCATION, WUHAN_EDUCATION_SITE } from '../../helpers/samples';

describe('unit registration schema', () => {
  it('normalises a valid registration', () => {
    const data = unitInputSchema.parse(WUHAN_EDUCATION);
    expect(data.handler.phone).toBe('02785671234');
    expect(data.handler.mobile).toBe('13800271234');
  });

  it('reports every wrong field at once, in Chinese', () => {
    const result = unitInputSchema.safeParse({
      ...WUHAN_EDUCATION,
      functions: '职'.repeat(501),
      handler: { ...WUHAN_EDUCATION.handler, idNumber: '513101198201130015', phone: '85671234', email: 'liqing@' },
    });
    expect(fieldErrors(result.error!)).toEqual({
      functions: '网站开办主体职能简介不能超过 500 个字',
      'handler.idNumber': '身份证号校验位不正确，请核对',
      'handler.phone': '经办人固定电话需填写区号，如：01052035000 或 027-87612345',
      'handler.email': '电子邮箱格式不正确，如：zhangwei@hubei.gov.cn',
    });
  });

  it('derives 省属部门 / 市属部门 / 区、县 from the region code', () => {
    expect(regionLevelOf('420000')).toBe('provincial');
    expect(regionLevelOf('100000')).toBe('provincial');
    expect(regionLevelOf('420100')).toBe('municipal');
    expect(regionLevelOf('420102')).toBe('county');
  });
});

describe('application schema', () => {
  const base = WUHAN_EDUCATION_SITE;

  it('requires an English domain and IPv4 unless the site is a 网络红页', () => {
    expect(applicationDataSchema.safeParse(base).success).toBe(true);
    const bare = { ...base, enDomain: '', ipv4: '' };
    expect(fieldErrors(applicationDataSchema.safeParse(bare).error!)).toEqual({
      enDomain: '请填写英文域名；使用网络红页的请勾选上方选项',
      ipv4: '请填写 IPv4 地址',
    });
    expect(applicationDataSchema.safeParse({ ...bare, redPage: true }).success).toBe(true);
  });

  it('refuses a .com English domain and a 501-character introduction', () => {
    const fields = fieldErrors(applicationDataSchema.safeParse({ ...base, enDomain: 'www.whedu.com', siteIntro: '简'.repeat(501) }).error!);
    expect(fields.enDomain).toContain('.gov.cn');
    expect(fields.siteIntro).toBe('网站简介不能超过 500 个字');
  });
});
