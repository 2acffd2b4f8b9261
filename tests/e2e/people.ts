import type { Page } from 'playwright-core';
import type { Workstation } from '../../src/main/workstation';

export interface Person {
  username: string;
  password: string;
}

export const ADMIN = { username: 'zhangwei', displayName: '张伟', password: 'Zhang2026ab' };
export const REVIEWER: Person = { username: 'wangfang', password: 'Wang2026abc' };
export const CLERK: Person = { username: 'liqing', password: 'Liqing2026x' };

/** The workstation set up with its admin; returns the admin's session token. */
export async function initializedWithAdmin(ws: Workstation): Promise<string> {
  await ws.accounts.initialize({ workstationName: '湖北省委编办审核一号机', regionCode: '420000', admin: ADMIN });
  const login = await ws.router.call('session.login', { username: ADMIN.username, password: ADMIN.password }, null);
  if (!login.ok) throw new Error(login.error.message);
  return (login.value as { token: string }).token;
}

/** A user ready to sign in: created by the admin, first password changed through the contract; returns the id. */
export async function readyUser(ws: Workstation, adminToken: string, user: Person, displayName: string, role: 'reviewer' | 'clerk'): Promise<string> {
  await ws.router.call('users.create', { username: user.username, displayName, roles: [role], password: 'Chushi2026' }, adminToken);
  const login = await ws.router.call('session.login', { username: user.username, password: 'Chushi2026' }, null);
  if (!login.ok) throw new Error(login.error.message);
  const token = (login.value as { token: string }).token;
  await ws.router.call('session.changePassword', { currentPassword: 'Chushi2026', newPassword: user.password }, token);
  await ws.router.call('session.logout', {}, token);
  return ws.accounts.listUsers().find((u) => u.username === user.username)!.id;
}

export async function login(page: Page, user: Person): Promise<void> {
  await page.getByRole('textbox', { name: '登录名' }).fill(user.username);
  await page.getByRole('textbox', { name: '密码', exact: true }).fill(user.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText('您好，').waitFor();
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: '用户菜单' }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.getByRole('button', { name: '登录' }).waitFor();
}
