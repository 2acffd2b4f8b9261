import { z } from '../zod';
import { checkCreditCode } from './credit-code';
import { checkCnDomain, checkEnDomain, checkIpv4, checkIpv6 } from './domains';
import { checkIdNumber } from './id-number';
import { EXTENSION_PATTERN, normalizeLandline, normalizeMobile, POSTCODE_PATTERN } from './phone';
import { charCount, todayIso } from './text';

/*
 * Field schemas shared by every form and by the main process. Optional fields accept '' (an untouched input);
 * validators run only on what was typed, and normalise it (upper-case X, digits-only phone numbers).
 */

export function requiredText(label: string, max: number) {
  return z
    .string()
    .trim()
    .min(1, `请填写${label}`)
    .refine((v) => charCount(v) <= max, `${label}不能超过 ${max} 个字`);
}

export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .refine((v) => charCount(v) <= max, `${label}不能超过 ${max} 个字`);
}

export function idNumberField(required: boolean) {
  return z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (!v) {
        if (required) ctx.addIssue({ code: 'custom', message: '请填写身份证号' });
        return '';
      }
      const result = checkIdNumber(v, todayIso());
      if (!result.ok) {
        ctx.addIssue({ code: 'custom', message: result.message });
        return v;
      }
      return result.value;
    });
}

export const creditCodeField = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (!v) return '';
    const result = checkCreditCode(v);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.message });
    return result.ok ? result.value : v;
  });

export function landlineField(required: boolean, label = '电话') {
  return z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (!v) {
        if (required) ctx.addIssue({ code: 'custom', message: `请填写${label}` });
        return '';
      }
      const normalized = normalizeLandline(v);
      if (!normalized) ctx.addIssue({ code: 'custom', message: `${label}需填写区号，如：01052035000 或 027-87612345` });
      return normalized ?? v;
    });
}

export const extensionField = z
  .string()
  .trim()
  .refine((v) => !v || EXTENSION_PATTERN.test(v), '分机号为 1–6 位数字');

export function mobileField(required: boolean) {
  return z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (!v) {
        if (required) ctx.addIssue({ code: 'custom', message: '请填写手机号码' });
        return '';
      }
      const normalized = normalizeMobile(v);
      if (!normalized) ctx.addIssue({ code: 'custom', message: '手机号码应为 11 位，以 13–19 开头' });
      return normalized ?? v;
    });
}

export function emailField(required: boolean) {
  return z
    .string()
    .trim()
    .max(100, '电子邮箱过长')
    .superRefine((v, ctx) => {
      if (!v && required) ctx.addIssue({ code: 'custom', message: '请填写电子邮箱' });
      if (v && !z.email().safeParse(v).success) {
        ctx.addIssue({ code: 'custom', message: '电子邮箱格式不正确，如：zhangwei@hubei.gov.cn' });
      }
    });
}

export const postcodeField = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    if (!POSTCODE_PATTERN.test(v)) ctx.addIssue({ code: 'custom', message: v ? '邮政编码为 6 位数字' : '请填写邮政编码' });
  });

export const cnDomainField = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (!v) {
      ctx.addIssue({ code: 'custom', message: '请填写中文域名；如无域名，请先在“网上名称管理 → 域名申请”中申请' });
      return v;
    }
    const result = checkCnDomain(v);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.message });
    return result.ok ? result.value : v;
  });

/** '' or a valid .gov.cn name; whether it is required depends on 网络红页 (see the application schema). */
export const enDomainField = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (!v) return '';
    const result = checkEnDomain(v);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.message });
    return result.ok ? result.value : v;
  });

export const ipv4Field = z
  .string()
  .trim()
  .refine((v) => !v || checkIpv4(v), 'IPv4 地址格式应为四段 0–255 的数字，如 59.172.10.21');

export const ipv6Field = z
  .string()
  .trim()
  .refine((v) => !v || checkIpv6(v), 'IPv6 地址格式不正确，如 240e:14:6000::1');
