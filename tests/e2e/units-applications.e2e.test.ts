import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateFixtures } from '../../src/main/fixtures/generate';
import { startApp, type App } from './harness';

let app: App;
let page: Page;
const CLERK = { username: 'liqing', password: 'Liqing2026x' };

beforeAll(async () => {
  app = await startApp(async (ws, setClock) => {
    await ws.accounts.initialize({
      workstationName: '湖北省委编办审核一号机',
      regionCode: '420000',
      admin: { username: 'zhangwei', displayName: '张伟', password: 'Zhang2026ab' },
    });
    const admin = ws.accounts.listUsers()[0];
    const clerk = await ws.accounts.createUser(admin.id, { username: CLERK.username, displayName: '李青', roles: ['clerk'], password: 'Chushi2026' });
    await ws.accounts.resetPassword(admin.id, { userId: clerk.id, password: CLERK.password });
    generateFixtures(ws, setClock, { units: 40, applications: 80, seed: 11, until: Date.now() - 5 * 86_400_000 });
  });
  page = app.page;
  await page.getByRole('textbox', { name: '登录名' }).fill(CLERK.username);
  await page.getByRole('textbox', { name: '密码', exact: true }).fill(CLERK.password);
  await page.getByRole('button', { name: '登录' }).click();
  // The reset asks for a new password at first sign-in.
  await page.getByRole('textbox', { name: '当前密码' }).fill(CLERK.password);
  await page.getByRole('textbox', { name: '新密码', exact: true }).fill('Liqing2026y');
  await page.getByRole('textbox', { name: '确认新密码' }).fill('Liqing2026y');
  await page.getByRole('button', { name: '修改密码' }).click();
  await page.getByText('您好，李青').waitFor();
});
afterAll(async () => app?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await app.shot(`failed-${task.name.slice(0, 40)}`);
});

const field = (name: string) => page.getByRole('textbox', { name, exact: true });
const errorOf = (name: string) => page.locator('.mantine-InputWrapper-root', { has: field(name) }).locator('.mantine-InputWrapper-error');

async function expectFieldError(name: string, message: string, kept: string) {
  await expect.poll(() => errorOf(name).textContent()).toContain(message);
  expect(await field(name).inputValue()).toBe(kept);
}

describe('a clerk enters a unit and its application', () => {
  it('shows each error at its field and keeps what was typed', async () => {
    await page.getByRole('link', { name: '单位' }).click();
    await page.getByRole('button', { name: '登记新单位' }).click();
    await page.getByRole('combobox', { name: '所属区域' }).click();
    await page.getByRole('option', { name: '湖北省' }).click();
    await page.getByRole('combobox', { name: '市（可选）' }).click();
    await page.getByRole('option', { name: '宜昌市' }).click();
    await field('开办主体名称').fill('宜昌市数据局');
    await page.getByRole('radio', { name: '政府' }).check();
    await field('上级主管单位').fill('宜昌市人民政府');
    await field('通讯地址').fill('湖北省宜昌市西陵区沿江大道 115 号');
    await field('邮政编码').fill('443000');
    await field('网站开办主体职能简介').fill('负责全市数据资源统筹管理和数字政府建设。');
    await field('经办人').fill('周晓东');
    await field('经办人身份证号码').fill('420502198806120017');
    await field('经办人固定电话').fill('6253 1234');
    await field('经办人手机').fill('13972012345');
    await field('经办人电子邮箱').fill('zhouxd@yichang.gov.cn');
    await app.shot('20-unit-form-errors-typed');
    await page.getByRole('button', { name: '登记单位' }).click();

    await expectFieldError('经办人身份证号码', '身份证号校验位不正确', '420502198806120017');
    await expectFieldError('经办人固定电话', '需填写区号', '6253 1234');
    await app.shot('21-unit-form-errors');

    await field('经办人身份证号码').fill('420502198806120015');
    await field('经办人固定电话').fill('0717-6253 1234');
    await page.getByRole('button', { name: '登记单位' }).click();
    await page.getByRole('heading', { name: '宜昌市数据局' }).waitFor();
    expect(await page.getByText('4205**********0015').count()).toBe(1);
    expect(await page.content()).not.toContain('420502198806120015');
    await app.shot('22-unit-detail');
  });

  it('refuses a 501-character introduction and a .com domain at submit, then submits once fixed', async () => {
    await page.getByRole('button', { name: '新增申请' }).click();
    await page.getByRole('radio', { name: '开办审核' }).check();
    await field('网站负责人电话').fill('0717-6253 2000');
    await field('网站负责人手机').fill('13972019999');
    await field('网站负责人邮箱').fill('web@yichang.gov.cn');
    await field('网站名称').fill('宜昌市数据局网');
    await field('中文域名').fill('宜昌市数据局.政务');
    await field('英文域名').fill('www.ycdata.com');
    await field('IP 地址（IPv4）').fill('59.173.20.8');
    const intro = '宜昌数据'.repeat(125) + '网';
    await field('网站简介').fill(intro);
    await page.getByRole('button', { name: '提交申请' }).click();
    await expectFieldError('英文域名', '.gov.cn', 'www.ycdata.com');
    await expectFieldError('网站简介', '不能超过 500 个字', intro);
    await page.getByText('xn--').first().waitFor();
    await app.shot('23-application-errors');

    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('草稿已保存。').waitFor();

    await field('英文域名').fill('sjj.yichang.gov.cn');
    await field('网站简介').fill('发布宜昌市数据资源管理政策、公共数据开放目录和数字政府建设动态。');
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByText(/已提交，申请序号/).waitFor();
    await page.getByRole('heading', { name: '宜昌市数据局网' }).waitFor();
    await app.shot('24-application-detail');
  });

  it('finds the application by a 2-character fragment, by serial and by date range', async () => {
    const serial = (await page.locator('text=/^\\d{8}-420500-\\d{4}-[0-9A-F]{8}$/').first().textContent())!;
    await page.getByRole('link', { name: '申请查询' }).click();
    const results = page.locator('tbody tr');

    await field('网站名称').fill('数据');
    await field('网站名称').press('Enter');
    await expect.poll(() => results.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('宜昌市数据局网')]));
    await app.shot('25-query-by-fragment');

    await page.getByRole('button', { name: '重置' }).click();
    await field('申请序号').fill(serial);
    await field('申请序号').press('Enter');
    await expect.poll(() => results.count()).toBe(1);
    expect(await results.first().textContent()).toContain('宜昌市数据局网');

    await page.getByRole('button', { name: '重置' }).click();
    const today = dayjs().format('YYYY-MM-DD');
    await page.getByRole('button', { name: '申请时间', exact: true }).click();
    // The calendar labels its days in Chinese ("28 十一月 2026"); pick today as the start and the end.
    const todayLabel = dayjs().locale('zh-cn').format('D MMMM YYYY');
    await page.getByRole('button', { name: todayLabel, exact: true }).click();
    await page.getByRole('button', { name: todayLabel, exact: true }).click();
    await page.getByRole('button', { name: '查询' }).click();
    // Fixtures end five days ago: today's range holds only what the clerk just submitted.
    await expect.poll(() => results.count()).toBe(1);
    expect(await page.getByRole('button', { name: '申请时间', exact: true }).textContent()).toContain(today);
    await app.shot('26-query-by-date');
  });
});
