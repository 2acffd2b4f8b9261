/**
 * 居民身份证号 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence, check character.
 * Input may use lower-case x; the stored form is upper-case.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type IdNumberResult =
  | { ok: true; value: string; birthDate: string; regionCode: string }
  | { ok: false; message: string };

export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** `today` (YYYY-MM-DD) bounds the birth date; pass it in so the rule stays pure. */
export function checkIdNumber(raw: string, today: string): IdNumberResult {
  const value = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, message: '身份证号应为 18 位：17 位数字加 1 位数字或 X' };
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const parsed = new Date(`${birthDate}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== birthDate || birthDate < '1800-01-01') {
    return { ok: false, message: `身份证号中的出生日期 ${birthDate} 无效` };
  }
  if (birthDate > today) return { ok: false, message: '身份证号中的出生日期晚于今天' };
  if (idCheckChar(value) !== value[17]) return { ok: false, message: '身份证号校验位不正确，请核对' };
  return { ok: true, value, birthDate, regionCode: value.slice(0, 6) };
}

/** 1101**********002X: the region's first four and the last four stay visible. */
export function maskIdNumber(value: string): string {
  if (value.length < 8) return '*'.repeat(value.length);
  return value.slice(0, 4) + '*'.repeat(value.length - 8) + value.slice(-4);
}
