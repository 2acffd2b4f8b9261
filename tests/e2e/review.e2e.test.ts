import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applicationDataSchema } from '../../src/shared/applications/application';
import { unitInputSchema } from '../../src/shared/units/unit';
import { WUHAN_EDUCATION, WUHAN_EDUCATION_SITE } from '../helpers/samples';
import { startApp, type App } from './harness';
import { CLERK, initializedWithAdmin, login, logout, readyUser, REVIEWER } from './people';

let app: App;
let page: Page;
let applicationId = '';
beforeAll(async () => {
  app = await startApp(async (ws) => {
    const adminToken = await initializedWithAdmin(ws);
    await readyUser(ws, adminToken, REVIEWER, '王芳', 'reviewer');
    const clerkId = await readyUser(ws, adminToken, CLERK, '李青', 'clerk');
    const unit = ws.units.create(clerkId, unitInputSchema.parse(WUHAN_EDUCATION));
    applicationId = ws.applications.submit(clerkId, { applicationId: null, unitId: unit.id, data: applicationDataSchema.parse(WUHAN_EDUCATION_SITE), expectedVersion: 0 }).applicationId;
  });
  page = app.page;
});
afterAll(async () => app?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await app.shot(`failed-${task.name.slice(0, 40)}`);
});

async function openApplication() {
  await page.getByRole('link', { name: '申请查询' }).click();
  await page.locator('tbody tr', { hasText: '武汉' }).first().click();
  await page.getByRole('heading', { level: 2 }).waitFor();
}

describe('初审 round trip', () => {
  it('a reviewer rejects with two reasons on two fields, reading the notice first', async () => {
    await login(page, REVIEWER);
    await page.getByRole('link', { name: '申请查询' }).click();
    await page.locator('label', { hasText: '超期未办' }).click();
    await expect.poll(() => page.getByTestId('query-total').textContent()).toBe('共 0 条');
    await page.locator('label', { hasText: '待初审' }).click();
    await expect.poll(() => page.getByTestId('query-total').textContent()).toBe('共 1 条');
    await openApplication();
    await page.getByRole('button', { name: '初审不通过' }).click();
    const dialog = page.getByRole('dialog', { name: '初审不通过' });
    await dialog.getByRole('combobox', { name: '原因 1' }).click();
    await page.getByRole('option', { name: /网站名称应以单位全称/ }).click();
    await dialog.getByRole('textbox', { name: '说明' }).first().fill('应为“武汉市教育局网”或“武汉教育网”');
    await dialog.getByRole('button', { name: '再加一个原因' }).click();
    await dialog.getByRole('combobox', { name: '原因 2' }).click();
    await page.getByRole('option', { name: /IP 地址与域名解析/ }).click();
    const notice = dialog.getByTestId('notice-preview');
    await expect.poll(() => notice.textContent()).toContain('2. IP 地址与域名解析设置不一致（IP 地址（IPv4））');
    expect(await notice.textContent()).toContain('1. 网站名称应以单位全称、规范简称或常用简称为基础（网站名称）：应为“武汉市教育局网”或“武汉教育网”');
    await app.shot('30-reject-dialog');
    await dialog.getByRole('button', { name: '确认不通过' }).click();
    await page.getByText('初审不通过（第 1 版').first().waitFor();
    await app.shot('31-rejected');
    await page.getByRole('link', { name: '通知发件箱' }).click();
    await expect.poll(() => page.getByTestId('notices-total').textContent()).toBe('共 2 条');
    expect(await page.locator('tr[data-channel="sms"]').textContent()).toContain('13800271234');
    expect(await page.locator('tr[data-channel="sms"]').textContent()).toContain('2. IP 地址与域名解析设置不一致');
    await app.shot('31b-outbox');
    await logout(page);
  });

  it('the clerk sees the reasons and amends the two fields', async () => {
    await login(page, CLERK);
    await openApplication();
    expect(await page.getByTestId('decision-reasons').textContent()).toContain('【网站名称】');
    await page.getByRole('button', { name: '修改申请' }).click();
    await page.getByRole('textbox', { name: '网站名称', exact: true }).fill('武汉教育网');
    await page.getByRole('textbox', { name: 'IP 地址（IPv4）', exact: true }).fill('59.172.10.22');
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByText(/已提交，申请序号 .*（第 2 版）/).waitFor();
    await logout(page);
  });

  it('the reviewer sees only the changed fields, passes, and the application moves to the paper stage', async () => {
    await login(page, REVIEWER);
    await openApplication();
    const diff = page.getByTestId('version-diff');
    await diff.waitFor();
    expect(await diff.textContent()).toContain('第 1 版初审不通过后，单位修改了以下内容');
    expect(await diff.locator('tbody tr').allTextContents()).toEqual([
      '网站名称武汉市教育局网武汉教育网',
      'IP 地址（IPv4）59.172.10.2159.172.10.22',
    ]);
    await app.shot('32-diff');
    await page.keyboard.press('Alt+P');
    const dialog = page.getByRole('dialog', { name: '确认初审通过' });
    expect(await dialog.getByTestId('notice-preview').textContent()).toContain('已通过初审');
    await dialog.getByRole('button', { name: '确认通过' }).click();
    await page.getByText('待报送书面材料').first().waitFor();
    expect(app.workstation.applications.get(applicationId).state).toBe('awaitingPaper');
    await app.shot('33-passed');
    await page.getByRole('link', { name: '工作台' }).click();
    await expect.poll(() => page.getByTestId('stat-待报送书面材料').textContent()).toBe('1');
    expect(await page.getByTestId('stat-待初审').textContent()).toBe('0');
    await app.shot('34-dashboard');
  });
});
