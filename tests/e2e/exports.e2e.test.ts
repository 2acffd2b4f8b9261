import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateFixtures } from '../../src/main/fixtures/generate';
import { applicationQuerySchema } from '../../src/shared/applications/query';
import { startApp, type App } from './harness';
import { initializedWithAdmin, login, readyUser, REVIEWER } from './people';

let app: App;
let page: Page;

/** A year of realistic applications in 湖北, so that a filter leaves some rows and drops others. */
beforeAll(async () => {
  app = await startApp(async (ws, setClock) => {
    const adminToken = await initializedWithAdmin(ws);
    await readyUser(ws, adminToken, REVIEWER, '王芳', 'reviewer');
    generateFixtures(ws, setClock, { units: 80, applications: 260, seed: 11, until: Date.now(), scope: '420000' });
  });
  page = app.page;
});
afterAll(async () => app?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await app.shot(`failed-${task.name.slice(0, 40)}`);
});

describe('导出 Excel', () => {
  it('the reviewer filters the query screen and exports exactly the filtered rows', async () => {
    await login(page, REVIEWER);
    await page.getByRole('link', { name: '申请查询', exact: true }).first().click();
    await page.locator('label', { hasText: /^待初审$/ }).click();
    await page.getByRole('textbox', { name: '网站名称', exact: true }).fill('局');
    await page.getByRole('button', { name: '查询', exact: true }).click();
    const expected = app.workstation.applicationsReader.query(applicationQuerySchema.parse({ siteName: '局', states: ['submitted'], pageSize: 200 }));
    expect(expected.total).toBeGreaterThan(20);
    await page.getByText(`共 ${expected.total} 条`).waitFor();

    await page.getByRole('button', { name: '导出' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: /导出 Excel/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^申请查询-\d{8}-\d{6}\.xlsx$/);
    await page.getByText(/已导出：申请查询-/).waitFor();
    await app.shot('60-export-done');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(await file.path()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(String(sheet.getCell('A1').value)).toContain('网站名称含：局；状态：待初审');
    expect(sheet.rowCount).toBe(expected.total + 2);
    const serials: string[] = [];
    sheet.eachRow((row, n) => n > 2 && serials.push(String(row.getCell(1).value)));
    expect(serials.sort()).toEqual(expected.rows.map((r) => r.serialNo).sort());
  });
});
