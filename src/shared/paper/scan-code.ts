/**
 * The code printed (as QR and as text) on every document of an application: which serial and which version the
 * paper was printed from, plus a two-character check that catches a mistyped or misread code. Only A–Z, 0–9 and
 * "-", so a barcode scanner typing into a field gives the same text whatever the keyboard layout or input method
 * (full-width forms from a Chinese IME are folded back), and the QR stays in compact alphanumeric mode.
 *
 *   20261128-420100-0001-1028F244-V2-7K
 *   └──────── serial ───────────┘ │  └ check
 *                                 version
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32: no I, L, O, U

/** FNV-1a over the text, folded to 10 bits = two base32 characters. Not a security measure: a typo detector. */
function check(serialNo: string, version: number): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(`${serialNo}|${version}`)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const bits = (hash ^ (hash >>> 10) ^ (hash >>> 20)) & 0x3ff;
  return ALPHABET[bits >>> 5] + ALPHABET[bits & 31];
}

export function makeScanCode(serialNo: string, version: number): string {
  return `${serialNo}-V${version}-${check(serialNo, version)}`;
}

export type ScanCodeResult =
  | { ok: true; serialNo: string; version: number }
  | { ok: false; reason: 'malformed' | 'check'; message: string };

/** Reads what a scanner (or a person) typed: surrounding spaces, lower case and full-width characters are fine. */
export function parseScanCode(input: string): ScanCodeResult {
  const text = input.normalize('NFKC').trim().toUpperCase();
  const match = /^([0-9A-Z][0-9A-Z-]{5,60})-V(\d{1,3})-([0-9A-Z]{2})$/.exec(text);
  if (!match) {
    return { ok: false, reason: 'malformed', message: '无法识别的条码：应为申请材料上二维码或其下方的编码，例如 20261128-420100-0001-1028F244-V1-7K。' };
  }
  const [, serialNo, versionText, given] = match;
  const version = Number(versionText);
  if (version < 1 || check(serialNo, version) !== given) {
    return { ok: false, reason: 'check', message: '条码校验不符：可能扫描不完整或输入有误，请重新扫描或核对后输入。' };
  }
  return { ok: true, serialNo, version };
}
