import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

/** Millimetres to PDF points. */
export const mm = (value: number): number => (value * 72) / 25.4;

/**
 * GB/T 9704-2012 on A4: top margin 37 mm, left 28 mm, a 156 × 225 mm text block (right 26, bottom 35), 22 lines of
 * 28 characters in 3号 (16 pt) 仿宋 — a line every 225/22 mm. 信函格式 starts the issuer's name 30 mm from the top.
 */
export const GONGWEN = {
  // 35 mm at the bottom per the standard less 5 mm: the footer's QR needs 28 mm, and one more table row fits.
  margins: [mm(28), mm(37), mm(26), mm(30)] as [number, number, number, number],
  letterTop: mm(30),
  bodySize: 16,
  titleSize: 22,
  /** Spacing that puts 22 lines in 225 mm with the bundled fonts' line gap (≈1.45 em). */
  lineHeight: mm(225 / 22) / (16 * 1.45),
  /** Two characters: the paragraph indent; four: the date's distance from the right edge. */
  indent: 32,
  dateRight: 64,
};

/** 成文日期 in Arabic numerals without leading zeros: 2026年11月8日. */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The code the check-in scans, as QR and as text, at the foot of every page. */
export function scanFooter(scanCode: string): TDocumentDefinitions['footer'] {
  return () => ({
    margin: [mm(28), mm(8), mm(26), 0],
    columns: [
      { width: '*', text: '' },
      {
        width: 'auto',
        stack: [
          { text: scanCode, font: 'hei', fontSize: 7, characterSpacing: 0.2 },
          { text: '登记书面材料时扫描此码', font: 'hei', fontSize: 7, color: '#555555', margin: [0, 2, 0, 0] },
        ],
        margin: [0, mm(6), 6, 0],
      },
      { width: mm(20), qr: scanCode, fit: mm(20), eccLevel: 'M', margin: [0, 0, 0, 0] },
    ],
  });
}

/** The sender block: name centred over the date, the date four characters from the right edge. */
export function signature(name: string, isoDate: string, spaceForSeal = 3): Content {
  return {
    margin: [0, GONGWEN.bodySize * GONGWEN.lineHeight * 1.45 * spaceForSeal, GONGWEN.dateRight, 0],
    columns: [
      { width: '*', text: '' },
      { width: 'auto', alignment: 'center', stack: [{ text: name }, { text: chineseDate(isoDate) }] },
    ],
  };
}

/** A paragraph of body text with the two-character indent. */
// Left-aligned: justifying lines that end in a long domain or serial would spread the Chinese apart.
export const paragraph = (text: string): Content => ({ text, leadingIndent: GONGWEN.indent });
