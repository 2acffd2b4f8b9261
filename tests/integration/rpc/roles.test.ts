import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../../src/shared/api';
import { ADMIN, initialized, testWorkstation, type TestWorkstation } from '../../helpers/workstation';

let ws: TestWorkstation;
beforeEach(async () => {
  ws = testWorkstation();
  await initialized(ws);
});
afterEach(() => ws.dispose());

describe('role checks in the main process', () => {
  it('refuses every admin-only method to a clerk, and every signed-in method to nobody', async () => {
    const admin = ws.accounts.listUsers()[0];
    await ws.accounts.createUser(admin.id, { username: 'liqing', displayName: '李青', roles: ['clerk'], password: 'Liqing2026x' });
    const { token } = await ws.accounts.login('liqing', 'Liqing2026x');

    const adminOnly = METHOD_NAMES.filter((m) => {
      const access = contract[m].access;
      return Array.isArray(access) && !access.includes('clerk');
    });
    expect(adminOnly).toContain('users.create');
    for (const method of adminOnly) {
      expect(await ws.router.call(method, {}, token), method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    for (const method of METHOD_NAMES.filter((m) => contract[m].access !== 'public')) {
      expect(await ws.router.call(method, {}, null), method).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('takes a role change into account at the next call', async () => {
    const adminSession = await ws.accounts.login(ADMIN.username, ADMIN.password);
    const created = await ws.router.call(
      'users.create',
      { username: 'chenjing', displayName: '陈静', roles: ['admin'], password: 'Chen2026abc' },
      adminSession.token,
    );
    if (!created.ok) throw new Error(created.error.message);
    const { token } = await ws.accounts.login('chenjing', 'Chen2026abc');
    expect((await ws.router.call('users.list', {}, token)).ok).toBe(true);
    await ws.router.call(
      'users.update',
      { userId: (created.value as { id: string }).id, displayName: '陈静', roles: ['reviewer'] },
      adminSession.token,
    );
    expect(await ws.router.call('users.list', {}, token)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses setup.initialize once set up, and login before', async () => {
    expect(
      await ws.router.call(
        'setup.initialize',
        { workstationName: '另一台', regionCode: '110000', admin: { username: 'evil', displayName: '某人', password: 'Evil2026ab' } },
        null,
      ),
    ).toMatchObject({ ok: false, error: { code: 'ALREADY_INITIALIZED' } });
    const fresh = (await import('../../helpers/workstation')).testWorkstation();
    expect(await fresh.router.call('session.login', { username: 'a', password: 'b' }, null)).toMatchObject({
      ok: false,
      error: { code: 'NOT_INITIALIZED' },
    });
    fresh.dispose();
  });
});
