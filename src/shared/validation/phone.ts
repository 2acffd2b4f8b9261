/** Phone, postcode and e-mail formats of the online platform's forms. */

/** 138 0027 1234, +86 13800271234, 0086-138… → 13800271234, or null when it is not a mainland mobile number. */
export function normalizeMobile(raw: string): string | null {
  let digits = raw.replace(/[\s-]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

/**
 * A landline with its area code, as the seed asks ("固定电话需填写区号，如：01052035000"): area code 0 + 2 digits
 * (010, 020–029) or 0 + 3 digits, then 7–8 digits starting 2–9. Separators are dropped: 027-8761 2345 → 02787612345.
 */
export function normalizeLandline(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, '');
  const match = /^(0[12]\d|0[3-9]\d{2})([2-9]\d{6,7})$/.exec(digits);
  return match ? match[1] + match[2] : null;
}

/** 02787612345 → 027-87612345 for display. */
export function formatLandline(value: string): string {
  const areaLength = /^0[12]/.test(value) ? 3 : 4;
  return `${value.slice(0, areaLength)}-${value.slice(areaLength)}`;
}

/** A landline with its extension for display: 027-85671235 转 8001; empty when there is none. */
export function formatPhone(phone: string, ext = ''): string {
  return phone ? formatLandline(phone) + (ext ? ` 转 ${ext}` : '') : '';
}

export const EXTENSION_PATTERN = /^\d{1,6}$/;
export const POSTCODE_PATTERN = /^[0-8]\d{5}$/;
