import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applicationDataSchema } from '../../src/shared/applications/application';
import { unitInputSchema } from '../../src/shared/units/unit';
import { creditCheckChar } from '../../src/shared/validation/credit-code';
import { WUHAN_EDUCATION, WUHAN_EDUCATION_SITE } from '../helpers/samples';
import { page as sitePage } from '../helpers/sites';
import { ARTIFACTS, startApp, type App } from './harness';
import { initializedWithAdmin, login, readyUser, REVIEWER } from './people';

let app: App;
let page: Page;
let applicationId = '';
let dir = '';

/** An approved site of a 事业单位, waiting for its badge. */
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ws-e2e-badges-'));
  app = await startApp(async (ws) => {
    const adminToken = await initializedWithAdmin(ws);
    const reviewerId = await readyUser(ws, adminToken, REVIEWER, '王芳', 'reviewer');
    const body = '12420100MB0012345';
    const unit = ws.units.create(reviewerId, unitInputSchema.parse({ ...WUHAN_EDUCATION, name: '武汉市教育考试院', creditCode: body + creditCheckChar(body) }));
    ({ applicationId } = ws.applications.submit(reviewerId, { applicationId: null, unitId: unit.id, data: applicationDataSchema.parse({ ...WUHAN_EDUCATION_SITE, siteName: '武汉招考网' }), expectedVersion: 0 }));
    ws.review.decideInitial(reviewerId, { applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
    ws.review.decideFinal(reviewerId, { applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
  });
  page = app.page;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await app.shot(`failed-${task.name.slice(0, 40)}`);
});

/** The site the unit built: ten pages, the snippet pasted on those `withBadge` says. */
function siteZip(snippet: string, withBadge: (i: number) => boolean): string {
  const files: Record<string, Uint8Array> = {};
  for (let i = 1; i <= 10; i++) files[`zkw/${i === 1 ? 'index' : `news_${i}`}.html`] = strToU8(sitePage(`第 ${i} 页`, withBadge(i) ? snippet : ''));
  const file = join(dir, `site-${Date.now()}.zip`);
  writeFileSync(file, zipSync(files));
  return file;
}

describe('标识管理', () => {
  it('the reviewer issues the badge, copies the snippet, and checks the site until every page carries it', async () => {
    await login(page, REVIEWER);
    await page.getByRole('link', { name: '标识管理' }).click();
    const row = page.locator('tbody tr', { hasText: '武汉招考网' });
    await row.getByRole('checkbox').check();
    await page.getByRole('button', { name: '发放标识（1）' }).click();
    await page.getByRole('dialog', { name: '发放网站标识（1 个网站）' }).getByRole('button', { name: '发放' }).click();
    await page.getByText('已为 1 个网站发放标识').waitFor();
    expect(app.workstation.applications.get(applicationId).state).toBe('badgeIssued');

    await page.locator('label', { hasText: /^已发放$/ }).click();
    await page.locator('tbody tr', { hasText: '武汉招考网' }).getByRole('checkbox').check();
    const textFile = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出所选网站的标识代码' }).click();
    const handed = readFileSync(await (await textFile).path(), 'utf8');
    expect(handed).toContain('网站名称：武汉招考网');
    expect(handed).toMatch(/标识编号：CA\d{21}/);
    expect(handed).toContain("document.write(unescape(\"%3Cspan id='_ideConac'");
    await page.locator('tbody tr', { hasText: '武汉招考网' }).click();
    const drawer = page.getByRole('dialog', { name: '武汉招考网' });
    const snippet = (await drawer.getByTestId('snippet').textContent())!;
    expect(snippet).toMatch(/^<script type="text\/javascript">document\.write\(unescape\("%3Cspan id='_ideConac' %3E.*CA\d{21}\.js/);
    await drawer.getByRole('button', { name: '复制代码' }).click();
    await drawer.getByRole('button', { name: '已复制' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    await drawer.locator('input[type=file]').setInputFiles(siteZip(snippet, (i) => i !== 10));
    const report = drawer.getByTestId('check-report');
    await report.getByText('有页面未通过').waitFor();
    expect(await report.locator('tr', { hasText: 'zkw/news_10.html' }).textContent()).toContain('未挂标');
    await app.shot('70-badge-check-failed');

    await drawer.locator('input[type=file]').setInputFiles(siteZip(snippet, () => true));
    await report.getByText('全部页面已正确挂标').waitFor();
    expect(app.workstation.applications.get(applicationId).state).toBe('badgeInstalled');
    await app.shot('71-badge-installed');
  });

  it('the installed site comes first in its region’s listing and its verification page shows the badge’s fields', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: '武汉招考网' }).waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: '公示' }).click();
    await page.locator('.mantine-NavLink-root', { hasText: /^湖北省\d+$/ }).click();
    const first = page.getByTestId('listing-table').locator('tbody tr').first();
    expect(await first.textContent()).toBe('武汉招考网武汉市教育考试院');
    await first.getByRole('link', { name: '武汉招考网' }).click();
    await page.getByRole('heading', { name: '网站标识核验' }).waitFor();
    const text = (await page.locator('main').textContent())!;
    for (const expected of ['武汉市教育考试院', '事业单位', '武汉招考网', '武汉市教育局.政务', '湖北省委机构编制委员会办公室', '2026年']) expect(text).toContain(expected);
    expect(text).toMatch(/CA\d{21}/);
    await app.shot('72-verification');
  });

  it('the static export opens from disk in Chromium and fetches nothing from anywhere', async () => {
    await page.getByRole('link', { name: '返回公示' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出静态网页' }).click();
    const zip = join(dir, 'listing.zip');
    await (await download).saveAs(zip);
    const site = join(dir, 'listing');
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
      mkdirSync(dirname(join(site, name)), { recursive: true });
      writeFileSync(join(site, name), bytes);
    }
    const offline = await app.browser.newPage();
    const requests: string[] = [];
    offline.on('request', (r) => requests.push(r.url()));
    await offline.goto(`file://${site}/index.html`);
    await offline.getByRole('link', { name: '湖北省' }).click();
    await offline.getByRole('link', { name: '武汉招考网' }).click();
    expect(await offline.locator('dl').textContent()).toContain('武汉市教育考试院');
    expect(requests.every((url) => url.startsWith('file://'))).toBe(true);
    await offline.screenshot({ path: join(ARTIFACTS, '73-static-verification.png') });
    await offline.close();
  });
});
