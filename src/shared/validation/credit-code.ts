/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-letter alphabet; the last is a check character.
 * Characters 3–8 are the registering authority's region code; the first two say who registered the body
 * (11 机关, 12 事业单位, 13 群团 — all by 机构编制 — 91 企业 …).
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeResult = { ok: true; value: string; regionCode: string; kind: string } | { ok: false; message: string };

export function creditCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}

export function checkCreditCode(raw: string): CreditCodeResult {
  const value = raw.trim().toUpperCase();
  if (value.length !== 18 || [...value].some((c) => !ALPHABET.includes(c))) {
    return { ok: false, message: '统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V）' };
  }
  if (!/^\d{6}$/.test(value.slice(2, 8))) return { ok: false, message: '统一社会信用代码第 3–8 位应为行政区划代码' };
  if (creditCheckChar(value) !== value[17]) return { ok: false, message: '统一社会信用代码校验位不正确，请核对' };
  return { ok: true, value, regionCode: value.slice(2, 8), kind: value.slice(0, 2) };
}

/** The registration kinds a 党政机关 or 事业单位 may carry: registered by the 机构编制 authority. */
export const STAFFING_CREDIT_KINDS: Record<string, string> = { '11': '机关', '12': '事业单位', '13': '群团组织' };
