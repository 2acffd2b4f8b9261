import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applicationDataSchema } from '../../src/shared/applications/application';
import { unitInputSchema } from '../../src/shared/units/unit';
import { WUHAN_EDUCATION, WUHAN_EDUCATION_SITE } from '../helpers/samples';
import { bundleDir, exportTo, pair, sharedState, initializedWuhan } from '../helpers/sync';
import { testWorkstation, type TestWorkstation } from '../helpers/workstation';
import { startApp, type App } from './harness';
import { ADMIN, initializedWithAdmin, login, readyUser, REVIEWER } from './people';

let app: App;
let page: Page;
let wuhan: TestWorkstation;
let dir: string;
let reviewerId = '';
let applicationId = '';

beforeAll(async () => {
  app = await startApp(async (ws) => {
    const adminToken = await initializedWithAdmin(ws);
    reviewerId = await readyUser(ws, adminToken, REVIEWER, '王芳', 'reviewer');
  });
  page = app.page;
  wuhan = testWorkstation();
  await initializedWuhan(wuhan);
  pair(app.workstation, wuhan);
  dir = bundleDir();
  const unit = wuhan.units.create('clerk', unitInputSchema.parse(WUHAN_EDUCATION));
  ({ applicationId } = wuhan.applications.submit('clerk', { applicationId: null, unitId: unit.id, data: applicationDataSchema.parse(WUHAN_EDUCATION_SITE), expectedVersion: 0 }));
});
afterAll(async () => {
  await app?.close();
  wuhan?.dispose();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await app.shot(`failed-${task.name.slice(0, 40)}`);
});

async function importOnScreen(file: string): Promise<void> {
  await page.getByRole('tab', { name: '导入' }).click();
  await page.locator('input[type=file][accept=".wssb"]').setInputFiles(file);
  await page.getByRole('button', { name: '校验并预览' }).click();
}

describe('数据同步', () => {
  it('the admin verifies a bundle from 武汉, reads the preview and imports it', async () => {
    await login(page, ADMIN);
    await page.getByRole('link', { name: '数据同步' }).click();
    await importOnScreen(exportTo(wuhan, app.workstation, dir));
    const preview = page.getByTestId('import-preview');
    await preview.getByText('来自“武汉市委编办审核机”').waitFor();
    expect(await preview.getByTestId('by-type').innerText()).toMatch(/登记单位\s+1[\s\S]*提交申请\s+1/);
    await app.shot('50-sync-import-preview');
    await preview.getByRole('button', { name: '导入' }).click();
    await page.getByText('已导入 2 个新事件').waitFor();
    expect(app.workstation.applications.get(applicationId).state).toBe('submitted');
  });

  it('a decision taken on both sides while apart: the earlier stands, the other is listed, and the admin records what was done', async () => {
    // 武汉 decided first (its clock reads the morning); here the reviewer passes it later in the day.
    wuhan.review.decideInitial('cli', { applicationId, expectedVersion: 1, decision: 'reject', reasons: [{ code: 'domainRules', field: 'cnDomain', note: '' }], note: '' });
    app.workstation.review.decideInitial(reviewerId, { applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
    await importOnScreen(exportTo(wuhan, app.workstation, dir));
    await page.getByText('导入后将出现 1 个冲突').waitFor();
    await page.getByText(/随之生成的 2 条通知不会发出/).waitFor();
    await app.shot('51-sync-conflict-preview');
    await page.getByTestId('import-preview').getByRole('button', { name: '导入' }).click();
    await page.getByText('出现 1 个冲突').waitFor();
    expect(app.workstation.applications.get(applicationId).state).toBe('initialRejected');

    await page.getByRole('tab', { name: /冲突/ }).click();
    const row = page.getByTestId('conflicts').locator('tbody tr');
    expect(await row.count()).toBe(1);
    await row.getByText('随之生成的 2 条通知未进入发件箱').waitFor();
    await row.getByText('湖北省委编办审核一号机（本机）').waitFor();
    await row.getByText('初审不通过（第 1 版，1 项原因）').waitFor();
    await app.shot('52-sync-conflicts');
    await row.getByRole('button', { name: '记录处理' }).click();
    const dialog = page.getByRole('dialog', { name: '记录冲突的处理' });
    await dialog.getByRole('textbox', { name: '处理情况' }).fill('已与武汉市委编办电话核实，以初审不通过为准，已告知王芳');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByText('已记录冲突的处理情况').waitFor();
    await row.getByText('已处理').waitFor();
  });

  it('exports to 武汉 and the bundle, downloaded, brings both workstations to the same state', async () => {
    await page.getByRole('tab', { name: '导出' }).click();
    await page.getByRole('combobox', { name: '发给' }).click();
    await page.getByRole('option', { name: '武汉市委编办审核机（工作站）' }).click();
    await page.getByTestId('export-plan').getByText('处理同步冲突').waitFor();
    await app.shot('53-sync-export-plan');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出同步包' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^同步包_湖北省委编办审核一号机_至_武汉市委编办审核机_\d{8}-\d{6}\.wssb$/);
    const file = join(dir, 'downloaded.wssb');
    await download.saveAs(file);
    await wuhan.sync.import('cli', file, { confirmed: false });
    expect(sharedState(wuhan)).toBe(sharedState(app.workstation));
    expect(wuhan.sync.conflicts().filter((c) => c.resolvedAt)).toHaveLength(1);

    await page.getByRole('tab', { name: '同步记录' }).click();
    await page.locator('tbody tr', { hasText: '导出' }).first().waitFor();
    expect(await page.locator('tbody tr', { hasText: '已导入' }).count()).toBe(2);
    await page.locator('tbody tr', { hasText: 'bundle-' }).first().waitFor();
    await app.shot('54-sync-history');
  });

  it('a bundle cut short while copying is refused with the reason, and nothing changes', async () => {
    wuhan.clock.advance(60_000);
    wuhan.units.create('clerk', unitInputSchema.parse({ ...WUHAN_EDUCATION, name: '武汉市统计局' }));
    const good = exportTo(wuhan, app.workstation, dir);
    const damaged = join(dir, 'damaged.wssb');
    copyFileSync(good, damaged);
    const bytes = readFileSync(damaged);
    writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length * 0.8)));
    const before = app.workstation.journal.count();
    await importOnScreen(damaged);
    await page.getByTestId('import-refusal').getByText('同步包文件已损坏或不完整').waitFor();
    await app.shot('55-sync-refused');
    expect(app.workstation.journal.count()).toBe(before);
  });
});
