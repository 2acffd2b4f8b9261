import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applicationDataSchema } from '../../src/shared/applications/application';
import { unitInputSchema } from '../../src/shared/units/unit';
import { creditCheckChar } from '../../src/shared/validation/credit-code';
import { WUHAN_EDUCATION, WUHAN_EDUCATION_SITE } from '../helpers/samples';
import { startApp, type App } from './harness';
import { CLERK, initializedWithAdmin, login, logout, readyUser, REVIEWER } from './people';

let app: App;
let page: Page;
const ids: Record<'exam' | 'archive', string> = { exam: '', archive: '' };

/** Two 事业单位 (no paper) past 初审: both wait for the final 审核. */
beforeAll(async () => {
  app = await startApp(async (ws) => {
    const adminToken = await initializedWithAdmin(ws);
    const reviewerId = await readyUser(ws, adminToken, REVIEWER, '王芳', 'reviewer');
    const clerkId = await readyUser(ws, adminToken, CLERK, '李青', 'clerk');
    const bodies = { exam: ['武汉市教育考试院', '12420100MB0012345', '武汉招考网'], archive: ['武汉市档案馆', '12420100MB0023456', '武汉档案网'] } as const;
    for (const [key, [name, body, siteName]] of Object.entries(bodies) as [keyof typeof ids, readonly string[]][]) {
      const unit = ws.units.create(clerkId, unitInputSchema.parse({ ...WUHAN_EDUCATION, name, creditCode: body + creditCheckChar(body) }));
      const data = applicationDataSchema.parse({ ...WUHAN_EDUCATION_SITE, siteName });
      ids[key] = ws.applications.submit(clerkId, { applicationId: null, unitId: unit.id, data, expectedVersion: 0 }).applicationId;
      ws.review.decideInitial(reviewerId, { applicationId: ids[key], expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
    }
  });
  page = app.page;
});
afterAll(async () => app?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await app.shot(`failed-${task.name.slice(0, 40)}`);
});

describe('审核 and 注销', () => {
  it('the reviewer takes the 待审核 queue, reads the deadline, approves with Alt+P', async () => {
    await login(page, REVIEWER);
    await page.getByRole('link', { name: '申请查询' }).click();
    await page.locator('label', { hasText: /^待审核$/ }).click();
    await page.locator('tbody tr', { hasText: '武汉招考网' }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(2);
    await page.locator('tbody tr', { hasText: '武汉招考网' }).click();
    await page.getByRole('heading', { name: '审核（第 1 版）' }).waitFor();
    expect(await page.getByText(/剩 \d+ 个工作日/).count()).toBeGreaterThan(0);
    await page.keyboard.press('Alt+P');
    const dialog = page.getByRole('dialog', { name: '确认审核通过' });
    expect(await dialog.getByTestId('notice-preview').textContent()).toContain('已审核通过');
    await app.shot('40-final-approve');
    await dialog.getByRole('button', { name: '确认通过' }).click();
    await page.getByText('审核通过（第 1 版，王芳').waitFor();
    expect(app.workstation.applications.get(ids.exam).state).toBe('approved');
  });

  it('the reviewer refuses the other with a paper reason on the unit name', async () => {
    await page.getByRole('button', { name: /下一个待审核的申请/ }).click();
    await page.getByRole('heading', { name: '武汉档案网' }).waitFor();
    await page.getByRole('button', { name: '审核不通过' }).click();
    const dialog = page.getByRole('dialog', { name: '审核不通过' });
    await dialog.getByRole('combobox', { name: '原因 1' }).click();
    // Reasons meant only for 初审 are not offered at this stage.
    expect(await page.getByRole('option', { name: /域名不符合规定/ }).count()).toBe(0);
    await page.getByRole('option', { name: /书面材料与在线信息不一致/ }).click();
    await dialog.getByRole('textbox', { name: '说明', exact: true }).fill('公章为“武汉市档案局”');
    expect(await dialog.getByTestId('notice-preview').textContent()).toContain('未通过审核。原因：1. 书面材料与在线信息不一致');
    await dialog.getByRole('button', { name: '确认不通过' }).click();
    await page.getByText('审核不通过（第 1 版，王芳').waitFor();
    expect(app.workstation.applications.get(ids.archive).state).toBe('refused');
    await app.shot('41-final-refuse');
  });

  it('the approved site is revoked with a reason, which the history keeps', async () => {
    await page.getByRole('link', { name: '申请查询' }).click();
    // The screen keeps the 待审核 queue chosen before; the approved site is among 全部申请.
    expect(await page.getByRole('radio', { name: '待审核', exact: true }).isChecked()).toBe(true);
    await page.locator('label', { hasText: /^全部申请$/ }).click();
    await page.locator('tbody tr', { hasText: '武汉招考网' }).click();
    await page.getByRole('button', { name: '注销' }).click();
    const dialog = page.getByRole('dialog', { name: /注销：武汉招考网/ });
    await dialog.getByRole('button', { name: '确认注销' }).click();
    await dialog.getByText('请写明原因').waitFor();
    await dialog.getByRole('textbox', { name: '原因' }).fill('机构改革，职责划入市教育局');
    await dialog.getByRole('button', { name: '确认注销' }).click();
    await page.getByText('注销：机构改革，职责划入市教育局').waitFor();
    expect(app.workstation.applications.get(ids.exam).state).toBe('revoked');
    await app.shot('42-revoked');
    await logout(page);
  });
});
