import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateFixtures } from '../../../src/main/fixtures/generate';
import { applicationQuerySchema } from '../../../src/shared/applications/query';
import type { ExportRequestInput } from '../../../src/shared/exports/request';
import { exportRequestSchema } from '../../../src/shared/exports/request';
import { ADMIN, beijing, initialized, testWorkstation, type TestWorkstation } from '../../helpers/workstation';

let ws: TestWorkstation;
let clerk = '';
beforeEach(async () => {
  ws = testWorkstation();
  ws.clock.set(beijing('2026-11-28T10:00:00'));
  await initialized(ws);
  generateFixtures(ws, (ms) => ws.clock.set(ms), { units: 60, applications: 200, seed: 3, until: beijing('2026-11-28T10:00:00'), scope: '420000' });
  ws.clock.set(beijing('2026-11-28T10:00:00'));
  const admin = ws.accounts.listUsers()[0];
  clerk = (await ws.accounts.createUser(admin.id, { username: 'liqing', displayName: '李青', roles: ['clerk'], password: 'Liqing2026x' })).id;
});
afterEach(() => ws.dispose());

/** Runs an export to the end as the screen does (start, poll, take). */
async function exported(actor: string, input: ExportRequestInput): Promise<{ fileName: string; bytes: Buffer }> {
  const { jobId } = ws.exportsService.start(actor, exportRequestSchema.parse(input));
  for (;;) {
    const progress = ws.exportsService.progress(actor, jobId);
    if (progress.state === 'failed') throw new Error(progress.error ?? 'failed');
    if (progress.state === 'done') break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return ws.exportsService.take(actor, jobId);
}

describe('导出', () => {
  it('writes every row matching the filters to .xlsx: title row, Chinese headers, serials as text, dates as dates', async () => {
    const filters = { states: ['submitted' as const], regionCode: '420000' };
    const expected = ws.applicationsReader.query(applicationQuerySchema.parse({ ...filters, pageSize: 200 }));
    expect(expected.total).toBeGreaterThan(20);
    const { fileName, bytes } = await exported(clerk, { list: 'applications', format: 'xlsx', filters });
    expect(fileName).toMatch(/^申请查询-20261128-\d{6}\.xlsx$/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const title = String(sheet.getCell('A1').value);
    expect(title).toContain('申请查询');
    expect(title).toContain('状态：待初审；所属区域：湖北省');
    expect(title).toContain(`共 ${expected.total} 条`);
    expect(sheet.getRow(2).values).toEqual([undefined, '申请序号', '版本', '网站名称', '开办主体', '所属区域', '系统类别', '申请类型', '状态', '申请时间', '办理时限']);
    expect(sheet.rowCount).toBe(expected.total + 2);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const first = sheet.getRow(3);
    expect(first.getCell(1).value).toBe(expected.rows[0].serialNo);
    expect(first.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(1).numFmt).toBe('@');
    expect(first.getCell(9).value).toBeInstanceOf(Date);
    expect(first.getCell(8).value).toBe('待初审');
    const serials = new Set<string>();
    sheet.eachRow((row, n) => n > 2 && serials.add(String(row.getCell(1).value)));
    expect(serials.size).toBe(expected.total);
  });

  it('writes CSV in UTF-8 with a BOM, quoting what needs it', async () => {
    const { bytes } = await exported(clerk, { list: 'notices', format: 'csv', filters: {} });
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFF进入发件箱,申请序号,开办主体,事由,渠道,收件人,内容,状态\r\n')).toBe(true);
    const total = ws.notices.list({ state: null, applicationId: null, page: 1, pageSize: 1 }).total;
    expect(total).toBeGreaterThan(0);
    // E-mail texts hold line breaks: quoted, so the rows still parse one per notice.
    expect(text).toMatch(/,"[^"]*\n[^"]*",/);
    expect(text.match(/\r\n(?=\d{4}-\d{2}-\d{2} \d{2}:\d{2},)/g)?.length).toBe(total);
  });

  it('records who exported what, and leaves nothing behind once the file is taken', async () => {
    const before = ws.journal.count();
    await exported(clerk, { list: 'checkins', format: 'xlsx', filters: {} });
    expect(ws.journal.count()).toBe(before + 1);
    const entry = ws.audit.list({ actor: clerk, types: ['ListExported'], serialNo: '', from: null, to: null, page: 1, pageSize: 5 }).rows[0];
    expect(entry.summary).toMatch(/^导出“书面材料登记记录” \d+ 条（Excel）$/);
  });

  it('exports a list only to those who may read it, and a file only to the one who asked', async () => {
    const { token } = await ws.accounts.login('liqing', 'Liqing2026x');
    const audit = await ws.router.call('exports.start', { list: 'audit', format: 'csv', filters: {} }, token);
    expect(audit).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const admin = await ws.accounts.login(ADMIN.username, ADMIN.password);
    const started = await ws.router.call('exports.start', { list: 'units', format: 'xlsx', filters: { name: '武汉' } }, admin.token);
    if (!started.ok) throw new Error(started.error.message);
    const jobId = (started.value as { jobId: string }).jobId;
    expect(await ws.router.call('exports.progress', { jobId }, token)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
