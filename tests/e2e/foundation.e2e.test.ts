import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testWorkstation } from '../helpers/workstation';
import { startApp, type App } from './harness';

let app: App;
let page: Page;
beforeAll(async () => {
  app = await startApp();
  page = app.page;
});
afterAll(async () => app?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await app.shot(`failed-${task.name.slice(0, 40)}`);
});

const ADMIN = { username: 'zhangwei', name: '张伟', password: 'Zhang2026ab' };
const CLERK = { username: 'liqing', name: '李青', initial: 'Chushi2026', password: 'Liqing2026x' };

async function login(username: string, password: string) {
  await page.getByRole('textbox', { name: '登录名' }).fill(username);
  await page.getByRole('textbox', { name: '密码', exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

async function logout() {
  await page.getByRole('button', { name: '用户菜单' }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.getByRole('button', { name: '登录' }).waitFor();
}

describe('foundation, as a user meets it', () => {
  it('first-run setup keeps what was typed when the form is incomplete', async () => {
    await page.getByText('首次设置').waitFor();
    await app.shot('01-setup-empty');
    await page.getByRole('textbox', { name: '工作站名称' }).fill('湖北省委编办审核一号机');
    await page.getByRole('button', { name: '完成设置' }).click();
    await page.getByText('请选择有效的所属区域').waitFor();
    expect(await page.getByRole('textbox', { name: '工作站名称' }).inputValue()).toBe('湖北省委编办审核一号机');
    await app.shot('02-setup-errors');
  });

  it('completes first-run setup and reaches the login screen', async () => {
    await page.getByRole('combobox', { name: '管辖区域' }).click();
    await page.getByRole('option', { name: '湖北省' }).click();
    await page.getByRole('combobox', { name: '市（可选）' }).click();
    await page.getByRole('option', { name: '武汉市' }).click();
    await page.getByRole('textbox', { name: '登录名' }).fill(ADMIN.username);
    await page.getByRole('textbox', { name: '姓名' }).fill(ADMIN.name);
    await page.getByRole('textbox', { name: '密码', exact: true }).fill(ADMIN.password);
    await page.getByRole('textbox', { name: '确认密码' }).fill(ADMIN.password);
    await app.shot('03-setup-filled');
    await page.getByRole('button', { name: '完成设置' }).click();
    await page.getByRole('button', { name: '登录' }).waitFor();
    await expect(page.getByText('湖北省委编办审核一号机 · 湖北省 / 武汉市').isVisible()).resolves.toBe(true);
    await app.shot('04-login');
  });

  it('the admin signs in and creates a clerk', async () => {
    await login(ADMIN.username, ADMIN.password);
    await page.getByText(`您好，${ADMIN.name}`).waitFor();
    await app.shot('05-admin-home');
    await page.getByRole('link', { name: '用户管理' }).click();
    await page.getByRole('button', { name: '新建用户' }).click();
    const dialog = page.getByRole('dialog', { name: '新建用户' });
    await dialog.getByRole('textbox', { name: '登录名' }).fill(CLERK.username);
    await dialog.getByRole('textbox', { name: '姓名' }).fill(CLERK.name);
    await dialog.getByRole('checkbox', { name: '登记员' }).check();
    await dialog.getByRole('textbox', { name: '初始密码' }).fill(CLERK.initial);
    await app.shot('06-create-clerk');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.locator('tr[data-username="liqing"]').waitFor();
    expect(await page.locator('tr[data-username="liqing"]').innerText()).toContain('待改密码');
    await app.shot('07-users');
  });

  it('refuses a second user with the same login name, at the field, keeping the input', async () => {
    await page.getByRole('button', { name: '新建用户' }).click();
    const dialog = page.getByRole('dialog', { name: '新建用户' });
    await dialog.getByRole('textbox', { name: '登录名' }).fill(CLERK.username);
    await dialog.getByRole('textbox', { name: '姓名' }).fill('李清');
    await dialog.getByRole('checkbox', { name: '审核员' }).check();
    await dialog.getByRole('textbox', { name: '初始密码' }).fill(CLERK.initial);
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText('登录名已被使用').waitFor();
    expect(await dialog.getByRole('textbox', { name: '姓名' }).inputValue()).toBe('李清');
    await app.shot('08-duplicate-username');
    await dialog.getByRole('button', { name: '取消' }).click();
    await logout();
  });

  it('the clerk signs in, must change the initial password, and sees no admin screens', async () => {
    await login(CLERK.username, CLERK.initial);
    await page.getByText('请先修改密码').waitFor();
    await app.shot('09-must-change-password');
    await page.getByRole('textbox', { name: '当前密码' }).fill(CLERK.initial);
    await page.getByRole('textbox', { name: '新密码', exact: true }).fill(CLERK.password);
    await page.getByRole('textbox', { name: '确认新密码' }).fill(CLERK.password);
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText(`您好，${CLERK.name}`).waitFor();
    expect(await page.getByRole('link', { name: '用户管理' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: '系统设置' }).count()).toBe(0);
    await app.shot('10-clerk-home');

    await page.goto(`${app.shell.origin}/#/users`);
    await page.getByText('无法打开此页面').waitFor();
    await app.shot('11-clerk-no-access');
  });

  it('the main process refuses an admin-only method the clerk calls directly', async () => {
    const result = await page.evaluate(async () => {
      const response = await fetch('/rpc/users.create', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Workstation-Token': sessionStorage.getItem('workstation.launchToken') ?? '',
        },
        body: JSON.stringify({
          input: { username: 'hacker', displayName: '某人', roles: ['admin'], password: 'Hack2026ab' },
          session: sessionStorage.getItem('workstation.session'),
        }),
      });
      return response.json();
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '您的角色无权执行此操作；如需此权限，请联系管理员。' },
    });
    expect(app.workstation.accounts.listUsers().map((u) => u.username)).not.toContain('hacker');
  });

  it('five wrong passwords lock the account, and then even the right one is refused', async () => {
    await logout();
    for (let i = 1; i <= 5; i++) {
      await login(CLERK.username, `Wrong${i}2026`);
      await page.locator('form').getByRole('alert').waitFor();
    }
    await page.getByText('账户已锁定').waitFor();
    await app.shot('12-locked-out');
    await login(CLERK.username, CLERK.password);
    await page.getByText('账户已锁定').waitFor();
    expect(await page.getByRole('textbox', { name: '登录名' }).inputValue()).toBe(CLERK.username);
  });

  it('locking the screen keeps unsaved input', async () => {
    await login(ADMIN.username, ADMIN.password);
    await page.getByRole('link', { name: '系统设置' }).click();
    const minutes = page.getByRole('textbox', { name: '无操作多少分钟后锁定屏幕' });
    await minutes.fill('25');
    await page.getByRole('button', { name: '用户菜单' }).click();
    await page.getByRole('menuitem', { name: '锁定屏幕' }).click();
    const lock = page.getByRole('dialog', { name: '工作站已锁定' });
    await lock.waitFor();
    await lock.getByRole('textbox', { name: '密码' }).fill('Wrong2026x');
    await lock.getByRole('button', { name: '解锁' }).click();
    await lock.getByText('密码不正确').waitFor();
    await app.shot('13-screen-locked');
    await lock.getByRole('textbox', { name: '密码' }).fill(ADMIN.password);
    await lock.getByRole('button', { name: '解锁' }).click();
    await lock.waitFor({ state: 'hidden' });
    expect(await minutes.inputValue()).toBe('25');
    await app.shot('14-unlocked-input-kept');
  });

  it('the admin runs the database self-check', async () => {
    await page.getByRole('button', { name: '立即备份' }).click();
    await page.getByText(/已备份到 .*backups\/manual-/).waitFor();
    await page.getByRole('button', { name: '开始自检' }).click();
    await page.getByText('自检通过').waitFor();
    await app.shot('15-self-check');
  });

  it('the admin sets the update server; the browser shell says it cannot update itself', async () => {
    await page.getByText('浏览器模式和命令行不能更新程序，请在桌面程序中更新。').waitFor();
    const feed = page.getByRole('textbox', { name: '更新服务器地址（内网）' });
    await feed.fill('10.12.0.8/updates');
    await page.getByRole('button', { name: '保存地址' }).click();
    await page.getByText('请填写以 http:// 或 https:// 开头的地址').first().waitFor();
    expect(await feed.inputValue()).toBe('10.12.0.8/updates');
    await feed.fill('http://10.12.0.8/wzsh-updates/');
    await page.getByRole('button', { name: '保存地址' }).click();
    await page.getByText('更新服务器地址已保存').waitFor();
    expect(app.workstation.settings.get().updateFeedUrl).toBe('http://10.12.0.8/wzsh-updates/');
    expect(await page.getByRole('button', { name: '检查更新' }).isDisabled()).toBe(true);
  });

  it('the admin adds another workstation as a 同步对象 after comparing its fingerprint', async () => {
    const other = testWorkstation();
    await other.accounts.initialize({ workstationName: '武汉市委编办审核机', regionCode: '420100', admin: { username: 'chenjing', displayName: '陈静', password: 'Chen2026abc' } });
    const identity = other.peers.identity();
    const file = join(other.dataDir, 'wuhan.json');
    writeFileSync(file, JSON.stringify(identity));
    await page.getByRole('link', { name: '数据同步' }).click();
    await page.getByRole('tab', { name: '同步对象' }).click();
    expect(await page.getByTestId('own-fingerprint').textContent()).toBe(app.workstation.peers.identity().fingerprint);
    await page.locator('input[type=file][accept=".json,application/json"]').setInputFiles(file);
    const dialog = page.getByRole('dialog', { name: '添加同步对象' });
    expect(await dialog.getByTestId('candidate-fingerprint').textContent()).toBe(identity.fingerprint);
    expect(await dialog.getByRole('button', { name: '添加' }).isDisabled()).toBe(true);
    await dialog.getByRole('checkbox', { name: '我已与对方核对，指纹一致' }).check();
    await dialog.getByRole('button', { name: '添加' }).click();
    await page.getByText('已添加同步对象“武汉市委编办审核机”').waitFor();
    expect(app.workstation.peers.list().map((p) => p.fingerprint)).toEqual([identity.fingerprint]);
    // Trust can be withdrawn again (a workstation retired or reinstalled).
    await page.locator('tbody tr', { hasText: '武汉市委编办审核机' }).getByRole('button', { name: '移除' }).click();
    await page.getByRole('dialog', { name: '移除同步对象' }).getByRole('button', { name: '移除' }).click();
    await page.getByText('已移除同步对象“武汉市委编办审核机”').waitFor();
    expect(app.workstation.peers.list()).toEqual([]);
    other.dispose();
  });

  it('the admin reads the 操作日志 and verifies its chain', async () => {
    await page.getByRole('link', { name: '操作日志' }).click();
    await page.getByText('新建用户 liqing（李青，登记员）').waitFor();
    await page.getByRole('button', { name: '校验日志链' }).click();
    await page.getByText('日志链完整').waitFor();
    await app.shot('16-audit');
  });
});
