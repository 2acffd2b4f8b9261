import { describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../../src/shared/api/types';
import type { Session } from '../../../src/main/accounts/sessions';
import { Router, type Caller, type Handlers } from '../../../src/main/rpc/router';
import { AppError } from '../../../src/shared/api/errors';
import type { Role } from '../../../src/shared/roles';
import { silentLog } from '../../helpers/workstation';

function caller(roles: Role[], locked = false): Caller {
  const session: Session = { token: 't', userId: 'u1', lastActivity: 0, locked };
  return { session, userId: 'u1', roles };
}

function router(who: Caller | null, handlers: Partial<Handlers> = {}) {
  const touch = vi.fn();
  const r = new Router({
    handlers: handlers as Handlers,
    resolveCaller: () => who,
    touch,
    log: { ...silentLog, error: vi.fn() },
  });
  return { r, touch };
}

describe('router', () => {
  it('refuses unknown methods, including inherited property names', async () => {
    const { r } = router(null);
    expect((await r.call('toString', {}, null)).ok).toBe(false);
    expect(await r.call('users.drop', {}, null)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('requires a session for non-public methods', async () => {
    const { r } = router(null, { 'users.list': () => [] });
    expect(await r.call('users.list', {}, 'nope')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a caller without the method’s role', async () => {
    const list = vi.fn(() => []);
    const { r } = router(caller(['clerk']), { 'users.list': list });
    expect(await r.call('users.list', {}, 't')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '您的角色无权执行此操作；如需此权限，请联系管理员。' },
    });
    expect(list).not.toHaveBeenCalled();
  });

  it('lets only unlock and log out through a locked session', async () => {
    const { r } = router(caller(['admin'], true), { 'users.list': () => [], 'session.logout': () => null });
    expect(await r.call('users.list', {}, 't')).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    expect(await r.call('session.logout', {}, 't')).toEqual({ ok: true, value: null });
  });

  it('reports invalid input per field in Chinese and never calls the handler', async () => {
    const create = vi.fn();
    const { r } = router(caller(['admin']), { 'users.create': create });
    const result = await r.call('users.create', { username: '李', displayName: '', roles: [], password: 'x' }, 't');
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (result.ok) throw new Error('unreachable');
    expect(result.error.fields).toMatchObject({
      displayName: '请填写姓名',
      roles: '至少选择一个角色',
      password: '密码至少 8 位',
    });
    expect(create).not.toHaveBeenCalled();
  });

  it('passes parsed input to the handler and touches the session', async () => {
    const update = vi.fn(() => ({ idleLockMinutes: 15 }) as Settings);
    const { r, touch } = router(caller(['admin']), { 'settings.update': update });
    expect(await r.call('settings.update', { idleLockMinutes: 15 }, 't')).toMatchObject({ ok: true, value: { idleLockMinutes: 15 } });
    expect(update).toHaveBeenCalledWith({ idleLockMinutes: 15 }, expect.anything());
    expect(touch).toHaveBeenCalled();
  });

  it('turns AppError into its code and anything else into INTERNAL without leaking details', async () => {
    const { r } = router(caller(['admin']), {
      'users.list': () => {
        throw new AppError('CONFLICT', '登录名已被使用');
      },
      'settings.get': () => {
        throw new Error('SQLITE_CORRUPT at /secret/path');
      },
    });
    expect(await r.call('users.list', {}, 't')).toEqual({ ok: false, error: { code: 'CONFLICT', message: '登录名已被使用' } });
    const internal = await r.call('settings.get', {}, 't');
    expect(internal).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(internal)).not.toContain('secret');
  });
});
