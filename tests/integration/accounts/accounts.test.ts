import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCKOUT } from '../../../src/shared/accounts/rules';
import { ADMIN, initialized, testWorkstation, type TestWorkstation } from '../../helpers/workstation';

let ws: TestWorkstation;
beforeEach(async () => {
  ws = testWorkstation();
  await initialized(ws);
});
afterEach(() => ws.dispose());

const CLERK = { username: 'liqing', displayName: '李青', roles: ['clerk' as const], password: 'Liqing2026x' };

async function withClerk() {
  const admin = ws.accounts.listUsers()[0];
  const clerk = await ws.accounts.createUser(admin.id, CLERK);
  return { admin, clerk };
}

describe('first-run setup', () => {
  it('records the workstation, its region and the first admin, once', async () => {
    expect(ws.accounts.setupStatus()).toEqual({
      initialized: true,
      workstationName: '湖北省委编办审核一号机',
      regionCode: '420000',
    });
    expect(ws.accounts.listUsers()).toMatchObject([{ username: 'zhangwei', roles: ['admin'], mustChangePassword: false }]);
    await expect(initialized(ws)).rejects.toMatchObject({ code: 'ALREADY_INITIALIZED' });
  });

  it('stores scrypt hashes with their parameters, never the password', () => {
    const stored = ws.work.sqlite.prepare('SELECT password_hash FROM users').pluck().get() as string;
    expect(JSON.parse(stored)).toMatchObject({ algorithm: 'scrypt', N: 32768, r: 8, p: 1, keyLength: 32 });
    const everything = ws.work.sqlite.prepare('SELECT payload FROM events').pluck().all().join('') + stored;
    expect(everything).not.toContain(ADMIN.password);
  });
});

describe('sign-in', () => {
  it('opens a session for the right password', async () => {
    const session = await ws.accounts.login(ADMIN.username, ADMIN.password);
    expect(session.user).toMatchObject({ username: 'zhangwei', displayName: '张伟', roles: ['admin'] });
    expect(session.token).toMatch(/^[\w-]{40,}$/);
  });

  it(`locks a user name after ${LOCKOUT.maxFailures} wrong passwords for ${LOCKOUT.minutes} minutes`, async () => {
    for (let i = 1; i < LOCKOUT.maxFailures; i++) {
      await expect(ws.accounts.login(ADMIN.username, 'Wrong2026x')).rejects.toMatchObject({ code: 'BAD_CREDENTIALS' });
    }
    await expect(ws.accounts.login(ADMIN.username, 'Wrong2026x')).rejects.toMatchObject({ code: 'ACCOUNT_LOCKED' });
    // Even the right password is refused while locked.
    await expect(ws.accounts.login(ADMIN.username, ADMIN.password)).rejects.toMatchObject({ code: 'ACCOUNT_LOCKED' });
    ws.clock.advance(LOCKOUT.minutes * 60_000 - 1000);
    await expect(ws.accounts.login(ADMIN.username, ADMIN.password)).rejects.toMatchObject({ code: 'ACCOUNT_LOCKED' });
    ws.clock.advance(2000);
    await expect(ws.accounts.login(ADMIN.username, ADMIN.password)).resolves.toBeTruthy();
  });

  it('warns when few tries are left', async () => {
    for (let i = 0; i < 2; i++) await ws.accounts.login(ADMIN.username, 'bad').catch(() => undefined);
    await expect(ws.accounts.login(ADMIN.username, 'bad')).rejects.toThrow('再错 2 次账户将锁定 15 分钟');
  });

  it('treats an unknown user name like a wrong password', async () => {
    await expect(ws.accounts.login('nobody', 'Whatever1')).rejects.toMatchObject({
      code: 'BAD_CREDENTIALS',
      message: '登录名或密码错误。',
    });
  });

  it('refuses a disabled user and ends their sessions', async () => {
    const { admin, clerk } = await withClerk();
    const session = await ws.accounts.login(CLERK.username, CLERK.password);
    ws.accounts.setDisabled(admin.id, { userId: clerk.id, disabled: true });
    expect(ws.router).toBeTruthy();
    expect(await ws.router.call('session.current', {}, session.token)).toEqual({ ok: true, value: null });
    await expect(ws.accounts.login(CLERK.username, CLERK.password)).rejects.toMatchObject({ code: 'ACCOUNT_DISABLED' });
  });

  it('a reset clears the lock and asks for a new password at next sign-in', async () => {
    const { admin, clerk } = await withClerk();
    for (let i = 0; i < LOCKOUT.maxFailures; i++) await ws.accounts.login(CLERK.username, 'bad').catch(() => undefined);
    expect(ws.accounts.listUsers().find((u) => u.id === clerk.id)?.lockedUntil).not.toBeNull();
    await ws.accounts.resetPassword(admin.id, { userId: clerk.id, password: 'Reset2026ab' });
    const session = await ws.accounts.login(CLERK.username, 'Reset2026ab');
    expect(session.user.mustChangePassword).toBe(true);
  });
});

describe('user administration', () => {
  it('refuses a taken user name with a field message', async () => {
    const { admin } = await withClerk();
    await expect(ws.accounts.createUser(admin.id, { ...CLERK, displayName: '李清' })).rejects.toMatchObject({
      code: 'CONFLICT',
      fields: { username: '登录名已被使用' },
    });
  });

  it('always keeps one enabled admin', async () => {
    const { admin } = await withClerk();
    expect(() => ws.accounts.updateUser(admin.id, { userId: admin.id, displayName: '张伟', roles: ['reviewer'] })).toThrow(
      '不能取消最后一位管理员的管理员角色。',
    );
    expect(() => ws.accounts.setDisabled(admin.id, { userId: admin.id, disabled: true })).toThrow('不能停用自己的账户。');
  });

  it('changes a password only with the current one', async () => {
    const session = await ws.accounts.login(ADMIN.username, ADMIN.password);
    const raw = { token: session.token };
    const info = await ws.router.call('session.changePassword', { currentPassword: 'nope', newPassword: 'New2026abc' }, raw.token);
    expect(info).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { currentPassword: '当前密码不正确' } } });
    const ok = await ws.router.call(
      'session.changePassword',
      { currentPassword: ADMIN.password, newPassword: 'New2026abc' },
      raw.token,
    );
    expect(ok.ok).toBe(true);
    await expect(ws.accounts.login(ADMIN.username, 'New2026abc')).resolves.toBeTruthy();
  });
});

describe('idle lock', () => {
  it('locks a session idle past the configured minutes; only the password unlocks it', async () => {
    const { token } = await ws.accounts.login(ADMIN.username, ADMIN.password);
    ws.clock.advance(9 * 60_000);
    expect((await ws.router.call('users.list', {}, token)).ok).toBe(true);
    ws.clock.advance(10 * 60_000 + 1);
    expect(await ws.router.call('users.list', {}, token)).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    expect(await ws.router.call('session.current', {}, token)).toMatchObject({ ok: true, value: { locked: true } });
    expect(await ws.router.call('session.unlock', { password: 'wrong' }, token)).toMatchObject({
      ok: false,
      error: { code: 'BAD_CREDENTIALS' },
    });
    expect(await ws.router.call('session.unlock', { password: ADMIN.password }, token)).toMatchObject({
      ok: true,
      value: { locked: false },
    });
    expect((await ws.router.call('users.list', {}, token)).ok).toBe(true);
  });

  it('follows the admin’s setting', async () => {
    const { token } = await ws.accounts.login(ADMIN.username, ADMIN.password);
    expect(await ws.router.call('settings.update', { idleLockMinutes: 2 }, token)).toMatchObject({
      ok: true,
      value: { idleLockMinutes: 2, deadlineDays: { initialReview: 5 } },
    });
    ws.clock.advance(2 * 60_000 + 1);
    expect(await ws.router.call('settings.get', {}, token)).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
  });
});
