import { toASCII, toUnicode } from 'punycode/punycode.es6.js';

export const CN_GOV_SUFFIXES = ['.政务', '.政务.cn'] as const;
export const EN_GOV_SUFFIX = '.gov.cn';

export type DomainResult = { ok: true; value: string; ascii: string } | { ok: false; message: string };

const LDH_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * 中文域名 such as 武汉市教育局.政务 (or .政务.cn): Unicode labels of Chinese characters, letters, digits and hyphens,
 * kept with their ASCII (punycode) form; the ASCII form must turn back into the same Unicode (IDNA round trip).
 */
export function checkCnDomain(raw: string): DomainResult {
  const value = raw.trim().replace(/。/g, '.').toLowerCase();
  const suffix = CN_GOV_SUFFIXES.find((s) => value.endsWith(s));
  if (!suffix) return { ok: false, message: '中文域名应以“.政务”结尾，如“武汉市教育局.政务”' };
  const name = value.slice(0, -suffix.length);
  if (!name) return { ok: false, message: '请填写“.政务”前的名称' };
  const labels = name.split('.');
  if (labels.some((l) => !/^[\p{Script=Han}a-z0-9-]+$/u.test(l) || l.startsWith('-') || l.endsWith('-'))) {
    return { ok: false, message: '中文域名只能包含汉字、字母、数字和连字符，且不能以连字符开头或结尾' };
  }
  let ascii: string;
  try {
    ascii = toASCII(value);
  } catch {
    return { ok: false, message: '中文域名无法转换为国际化域名编码' };
  }
  if (toUnicode(ascii) !== value) return { ok: false, message: '中文域名的编码往返不一致，请检查是否含有特殊字符' };
  if (ascii.length > 253 || ascii.split('.').some((l) => l.length > 63)) {
    return { ok: false, message: '中文域名过长' };
  }
  return { ok: true, value, ascii };
}

/** 英文域名: letters, digits and hyphens, ending .gov.cn (www.wuhan.gov.cn, jyj.wuhan.gov.cn). */
export function checkEnDomain(raw: string): DomainResult {
  const value = raw.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/$/, '');
  if (!value.endsWith(EN_GOV_SUFFIX)) return { ok: false, message: '英文域名应以“.gov.cn”结尾，如“jyj.wuhan.gov.cn”' };
  const labels = value.split('.');
  if (labels.length < 3 || labels.some((l) => !LDH_LABEL.test(l)) || value.length > 253) {
    return { ok: false, message: '英文域名只能由字母、数字和连字符组成，各段之间用点分隔' };
  }
  return { ok: true, value, ascii: value };
}

const IPV4_OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${IPV4_OCTET}(?:\\.${IPV4_OCTET}){3}$`);

/** Dotted quad, four numbers 0–255 without leading zeros (059.… is refused: some tools read it as octal). */
export function checkIpv4(raw: string): boolean {
  return IPV4.test(raw.trim());
}

/** Any IPv6 text form, judged by the WHATWG URL parser that browsers and Node share. */
export function checkIpv6(raw: string): boolean {
  const value = raw.trim();
  if (!value.includes(':') || /[^0-9a-fA-F:.]/.test(value)) return false;
  try {
    return new URL(`http://[${value}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}
