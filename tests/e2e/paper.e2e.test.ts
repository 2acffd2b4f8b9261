import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applicationDataSchema } from '../../src/shared/applications/application';
import { makeScanCode } from '../../src/shared/paper/scan-code';
import { unitInputSchema } from '../../src/shared/units/unit';
import { WUHAN_EDUCATION, WUHAN_EDUCATION_SITE } from '../helpers/samples';
import { startApp, type App } from './harness';
import { ADMIN, CLERK, initializedWithAdmin, login, logout, readyUser, REVIEWER } from './people';

let app: App;
let page: Page;
const sites = { complete: { id: '', code: '' }, partial: { id: '', code: '' } };

/** Two applications past 初审, their paper expected at the counter. */
beforeAll(async () => {
  app = await startApp(async (ws) => {
    const adminToken = await initializedWithAdmin(ws);
    const reviewerId = await readyUser(ws, adminToken, REVIEWER, '王芳', 'reviewer');
    const clerkId = await readyUser(ws, adminToken, CLERK, '李青', 'clerk');
    const names = { complete: ['武汉市民政局', '武汉民政网'], partial: ['武汉市司法局', '武汉司法网'] } as const;
    for (const key of ['complete', 'partial'] as const) {
      const unit = ws.units.create(clerkId, unitInputSchema.parse({ ...WUHAN_EDUCATION, name: names[key][0] }));
      const data = applicationDataSchema.parse({ ...WUHAN_EDUCATION_SITE, siteName: names[key][1] });
      const { applicationId, serialNo } = ws.applications.submit(clerkId, { applicationId: null, unitId: unit.id, data, expectedVersion: 0 });
      ws.review.decideInitial(reviewerId, { applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
      sites[key] = { id: applicationId, code: makeScanCode(serialNo, 1) };
    }
  });
  page = app.page;
});
afterAll(async () => app?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await app.shot(`failed-${task.name.slice(0, 40)}`);
});

/** What a USB scanner does: types the code into whatever has focus, then Enter. */
async function scan(code: string) {
  await page.keyboard.type(code, { delay: 2 });
  await page.keyboard.press('Enter');
}

describe('书面材料登记 at the counter', () => {
  it('the admin adds a checklist item for government units only', async () => {
    await login(page, ADMIN);
    await page.getByRole('link', { name: '系统设置' }).click();
    await page.getByRole('button', { name: '增加一项' }).click();
    const item = page.getByTestId('checklist-item-4');
    await item.getByRole('textbox', { name: '材料 5' }).fill('组织机构代码证复印件');
    await item.getByRole('combobox', { name: '材料 5 适用系统类别' }).click();
    await page.getByRole('option', { name: '政府' }).click();
    await page.keyboard.press('Escape');
    await item.locator('..').getByRole('button', { name: '保存' }).click();
    await page.getByText('书面材料清单已保存').waitFor();
    expect(app.workstation.settings.get().paperChecklist.at(-1)).toMatchObject({ label: '组织机构代码证复印件', systemCategories: ['government'], regionCodes: [] });
    await app.shot('49-checklist-settings');
    await logout(page);
  });

  it('a wrong code gets a clear message and the field is ready for the next scan', async () => {
    await login(page, CLERK);
    await page.getByRole('link', { name: '书面材料登记' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('scan-field');
    await scan('20261128-420100-0001-1028F244-V1-00');
    await page.getByText('条码校验不符').waitFor();
    await app.shot('50-wrong-scan');
  });

  it('a complete envelope, scanned with the focus anywhere, moves on to 审核 and prints its receipt', async () => {
    await page.getByRole('heading', { name: '书面材料登记' }).click();
    await scan(sites.complete.code);
    const card = page.getByTestId('checkin-card');
    await card.getByRole('heading', { name: '武汉民政网' }).waitFor();
    expect(await card.getByRole('checkbox').count()).toBe(5);
    await page.keyboard.press('Alt+A');
    await app.shot('51-checklist-complete');
    await card.getByRole('button', { name: /登记，材料齐全/ }).click();
    await page.getByText('“武汉民政网”材料齐全，已转入审核').waitFor();
    expect(app.workstation.applications.get(sites.complete.id).state).toBe('finalReview');
    await page.getByRole('button', { name: '打印回执' }).click();
    const preview = page.getByRole('dialog', { name: '打印预览' });
    const frame = preview.locator('iframe[title="打印预览"]');
    await frame.waitFor();
    expect(await frame.getAttribute('src')).toMatch(/^blob:/);
    expect(await frame.getAttribute('data-file-name')).toMatch(/网站审核书面材料接收回执\.pdf$/);
    await page.waitForTimeout(500); // the viewer draws the page
    await app.shot('52-receipt-preview');
    await preview.getByRole('button', { name: '关闭预览' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('scan-field');
  });

  it('an incomplete envelope asks for 补正; a missing tracking number is refused without losing the ticks', async () => {
    await scan(sites.partial.code);
    const card = page.getByTestId('checkin-card');
    await card.getByRole('heading', { name: '武汉司法网' }).waitFor();
    await card.getByRole('checkbox', { name: '申请函（已加盖单位公章）' }).check();
    await card.getByRole('checkbox', { name: '申请表一式三份（均已加盖单位公章）' }).check();
    await card.getByText('邮寄', { exact: true }).click();
    await card.getByRole('button', { name: /登记，要求补正/ }).click();
    await card.getByText('邮寄的材料请填写快递单号').waitFor();
    expect(await card.getByRole('checkbox', { name: '申请函（已加盖单位公章）' }).isChecked()).toBe(true);
    await card.getByRole('textbox', { name: '快递单号' }).fill('SF1402876543');
    await card.getByRole('button', { name: /登记，要求补正/ }).click();
    await page.getByText('“武汉司法网”材料不齐全，已要求补正').waitFor();
    const detail = app.workstation.applications.get(sites.partial.id);
    expect(detail.state).toBe('supplementRequested');
    expect(detail.notices.filter((n) => n.trigger === 'supplementRequest')).toHaveLength(2);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
    await app.shot('53-supplement');
  });

  it('the clerk attaches the scanned letter to the application; a text file renamed .pdf is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-e2e-scans-'));
    const pdf = join(dir, 'letter.pdf');
    writeFileSync(pdf, (await app.workstation.documents.render(sites.partial.id, ['letter'])).pdf);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-singlefile', pdf, join(dir, '申请函扫描')]);
    writeFileSync(join(dir, '伪装.pdf'), '这不是扫描件');
    await page.locator('tbody tr', { hasText: '武汉司法网' }).getByRole('link').click();
    const panel = page.getByTestId('scans-panel');
    await panel.waitFor();
    await panel.locator('input[type=file]').setInputFiles([join(dir, '申请函扫描.png'), join(dir, '伪装.pdf')]);
    await page.getByText('“伪装.pdf”不是 PDF、JPEG、PNG 或 TIFF 文件').waitFor();
    await panel.getByText('申请函扫描.png').waitFor();
    expect(app.workstation.applications.get(sites.partial.id).scans.map((s) => s.fileName)).toEqual(['申请函扫描.png']);
    await panel.getByText('申请函扫描.png').click();
    await page.getByRole('dialog', { name: '申请函扫描.png' }).getByRole('img', { name: '申请函扫描.png' }).waitFor();
    await app.shot('54-scan-preview');
    await page.getByRole('button', { name: '关闭预览' }).click();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an admin lets the clerk see ID numbers in full; each look is journalled with its purpose', async () => {
    await logout(page);
    await login(page, ADMIN);
    await page.getByRole('link', { name: '用户管理' }).click();
    await page.getByRole('button', { name: '操作 liqing' }).click();
    await page.getByRole('menuitem', { name: '允许查看完整身份证号' }).click();
    await page.getByText('已授予“李青”查看完整身份证号的权限').waitFor();
    await logout(page);
    await login(page, CLERK);
    await page.getByRole('link', { name: '单位' }).click();
    await page.locator('tbody tr', { hasText: '武汉市司法局' }).click();
    expect(await page.getByTestId('id-handler').textContent()).toBe('5131**********0014');
    await page.getByRole('button', { name: '查看完整号码' }).nth(1).click();
    const dialog = page.getByRole('dialog', { name: '查看完整身份证号' });
    await dialog.getByRole('combobox', { name: '用途' }).click();
    await page.getByRole('option', { name: '核对书面材料与身份证复印件' }).click();
    await dialog.getByRole('button', { name: '查看' }).click();
    await expect.poll(() => page.getByTestId('id-handler').textContent()).toBe('513101198201130014');
    await app.shot('55-id-revealed');
    const reveals = app.workstation.audit.list({ actor: null, types: ['IdNumberRevealed'], serialNo: '', from: null, to: null, page: 1, pageSize: 5 });
    expect(reveals.rows.map((r) => [r.actor, r.summary])).toEqual([['李青', '查看经办人的完整身份证号（核对书面材料与身份证复印件）']]);
  });
});
