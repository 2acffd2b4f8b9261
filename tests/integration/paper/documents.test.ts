import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as fontkit from 'fontkit';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseFonts, FONT_ROLES, type FontRole } from '../../../src/main/documents/fonts';
import { applicationDataSchema } from '../../../src/shared/applications/application';
import { DEFAULT_CHECKLIST } from '../../../src/shared/paper/checklist';
import type { DocumentKind } from '../../../src/shared/paper/documents';
import { unitInputSchema } from '../../../src/shared/units/unit';
import { WUHAN_EDUCATION, WUHAN_EDUCATION_SITE } from '../../helpers/samples';
import { beijing, initialized, testWorkstation, type TestWorkstation } from '../../helpers/workstation';

/** Rendered PDFs and their pages as PNG, for a person to look at. */
const OUT = resolve('artifacts/pdf');

let ws: TestWorkstation;
let applicationId = '';
let serialNo = '';
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  ws = testWorkstation();
  ws.clock.set(beijing('2026-11-02T09:00:00'));
  await initialized(ws);
  const unit = ws.units.create('clerk', unitInputSchema.parse(WUHAN_EDUCATION));
  const data = applicationDataSchema.parse(WUHAN_EDUCATION_SITE);
  ({ applicationId, serialNo } = ws.applications.submit('clerk', { applicationId: null, unitId: unit.id, data, expectedVersion: 0 }));
  ws.review.decideInitial('reviewer', { applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
});
afterAll(() => ws.dispose());

async function rendered(kinds: DocumentKind[], name: string): Promise<string> {
  const { pdf, fileName } = await ws.documents.render(applicationId, kinds);
  expect(fileName).toContain(serialNo);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '100', file, join(OUT, name)]);
  return file;
}

const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-']).toString();
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
/** What a scanner reads off the first page's QR code. */
function scanned(file: string): string {
  const png = `${file}.scan`;
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', file, png]);
  return execFileSync('zbarimg', ['-q', '--raw', `${png}.png`], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
}

describe('printed documents', () => {
  it('the letter names the unit, the site and the serial, addressed to the 编办 of its region, on one page', async () => {
    const file = await rendered(['letter'], 'letter');
    const words = text(file).replace(/\s+/g, '');
    expect(words).toContain('关于申请对网站开办审核和资格复核的函');
    expect(words).toContain('武汉市委机构编制委员会办公室：');
    expect(words).toContain(serialNo);
    expect(words).toContain('武汉市教育局网');
    expect(words).toContain('2026年11月2日');
    expect(pages(file)).toBe(1);
  });

  it('the form prints every field in three copies, ID numbers masked', async () => {
    const file = await rendered(['form'], 'form');
    expect(pages(file)).toBe(3);
    const words = text(file);
    expect(words.replace(/\s+/g, '').match(/一式三份第\d份/g)).toEqual(['一式三份第1份', '一式三份第2份', '一式三份第3份']);
    for (const field of ['开办主体名称', '统一社会信用代码', '经办人手机', '中文域名', 'IP 地址（IPv4）', '网站简介', '申请单位意见', '机构编制部门']) expect(words).toContain(field);
    expect(words).toContain(WUHAN_EDUCATION_SITE.siteIntro!.slice(0, 10));
    expect(words).not.toContain(WUHAN_EDUCATION.head.idNumber);
    expect(words.replace(/\s+/g, '')).toMatch(/\d{4}\*{10}[\dX]{4}/);
  });

  it('keeps long addresses and domains on the page: one page per copy of the form, one page for the letter', async () => {
    const unit = ws.units.create('clerk', unitInputSchema.parse({ ...WUHAN_EDUCATION, name: '天门市残疾人联合会', regionCode: '429006' }));
    const host = 'cjrlhh.tianmen.shengzhixiaxianjixingzhengquhua.hubei.gov.cn';
    const data = applicationDataSchema.parse({
      ...WUHAN_EDUCATION_SITE,
      siteName: '天门市残疾人联合会网',
      enDomain: host,
      handler: { ...WUHAN_EDUCATION_SITE.handler, email: 'ywy01@tianmen.shengzhixiaxianjixingzhengquhua.hubei.gov.cn' },
      siteManager: { ...WUHAN_EDUCATION_SITE.siteManager, email: 'dz61@tianmen.shengzhixiaxianjixingzhengquhua.hubei.gov.cn' },
    });
    const { applicationId: long } = ws.applications.submit('clerk', { applicationId: null, unitId: unit.id, data, expectedVersion: 0 });
    const { pdf } = await ws.documents.render(long, ['form']);
    writeFileSync(join(OUT, 'form-long.pdf'), pdf);
    expect(pages(join(OUT, 'form-long.pdf'))).toBe(3);
    expect(text(join(OUT, 'form-long.pdf')).replace(/\s+/g, '')).toContain(host);
    const letter = await ws.documents.render(long, ['letter']);
    writeFileSync(join(OUT, 'letter-long.pdf'), letter.pdf);
    expect(pages(join(OUT, 'letter-long.pdf'))).toBe(1);
  });

  it('carries a QR code that the check-in accepts for exactly this version', async () => {
    const code = scanned(await rendered(['letter'], 'letter'));
    expect(ws.paper.lookup(code).application.id).toBe(applicationId);
  });

  it('prints the receipt and the 补正通知 after an incomplete check-in; a batch holds them all', async () => {
    await expect(ws.documents.render(applicationId, ['receipt'])).rejects.toThrow('尚未登记书面材料');
    ws.paper.checkIn('clerk', {
      applicationId,
      expectedVersion: 1,
      present: DEFAULT_CHECKLIST.map((i) => i.code).filter((c) => c !== 'idCopy'),
      receivedOn: '2026-11-02',
      channel: 'post',
      trackingNo: 'SF1402876543',
      note: '',
    });
    const receipt = text(await rendered(['receipt'], 'receipt')).replace(/\s+/g, '');
    expect(receipt).toContain('网站审核书面材料接收回执');
    expect(receipt).toContain('邮寄（SF1402876543）');
    expect(receipt).toContain('缺少法定代表人或经办人身份证复印件');
    expect(receipt).toContain('湖北省委机构编制委员会办公室');
    const notice = text(await rendered(['supplement'], 'supplement')).replace(/\s+/g, '');
    expect(notice).toContain('武汉市教育局：');
    expect(notice).toContain('1.法定代表人或经办人身份证复印件');
    const batch = await rendered(['letter', 'form', 'receipt', 'supplement'], 'batch');
    expect(pages(batch)).toBe(6);
    expect(scanned(batch)).toBe(ws.paper.open(applicationId).scanCode);
  });

  it('every character printed exists in the font it is printed in (no empty boxes)', async () => {
    const fonts = chooseFonts({ systemDirs: [] });
    const faces = Object.fromEntries(FONT_ROLES.map((role) => [role, fontkit.openSync(fonts[role].normal.path) as fontkit.Font])) as Record<FontRole, fontkit.Font>;
    const facts = ws.documents.facts(applicationId);
    const definition = ws.documents.definition(facts, ['letter', 'form', 'receipt', 'supplement']);
    const missing = new Set<string>();
    let checked = 0;
    for (const { text, font } of printedText(definition)) {
      for (const char of text) {
        if (/\s/.test(char)) continue;
        checked++;
        if (!faces[font].hasGlyphForCodePoint(char.codePointAt(0)!)) missing.add(`${font}:${char}`);
      }
    }
    expect(checked).toBeGreaterThan(1500);
    expect([...missing]).toEqual([]);
  });
});

/** Every string in a document definition with the font it is set in (inherited from parents and styles). */
function* printedText(definition: TDocumentDefinitions): Generator<{ text: string; font: FontRole }> {
  const styles = (definition.styles ?? {}) as Record<string, { font?: FontRole }>;
  const footer = typeof definition.footer === 'function' ? definition.footer(1, 1, { width: 595, height: 842, orientation: 'portrait' }) : null;
  function* walk(node: unknown, font: FontRole): Generator<{ text: string; font: FontRole }> {
    if (node === null || node === undefined) return;
    if (typeof node === 'string' || typeof node === 'number') {
      yield { text: String(node), font };
      return;
    }
    if (Array.isArray(node)) {
      for (const child of node) yield* walk(child, font);
      return;
    }
    if (typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    const style = typeof n.style === 'string' ? styles[n.style]?.font : undefined;
    const own = (n.font as FontRole | undefined) ?? style ?? font;
    for (const key of ['text', 'stack', 'columns', 'content']) yield* walk(n[key], own);
    if (n.table) yield* walk((n.table as { body: unknown }).body, own);
  }
  yield* walk(definition.content as Content, 'fangsong');
  yield* walk(footer, 'fangsong');
}
