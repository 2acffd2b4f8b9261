import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/main/log';
import { openWorkstation } from '../../src/main/workstation';
import { WUHAN_EDUCATION } from '../helpers/samples';
import { ADMIN } from '../helpers/workstation';

let dataDir = '';
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('log file', () => {
  it('records failures in logs/workstation.log without the input that carried ID numbers', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ws-log-'));
    const ws = openWorkstation({ dataDir, host: 'cli', log: createLogger(dataDir) });
    await ws.accounts.initialize({ workstationName: '湖北省委编办', regionCode: '420000', admin: ADMIN });
    await ws.accounts.createUser(ws.accounts.listUsers()[0].id, { username: 'liqing', displayName: '李青', roles: ['clerk'], password: 'Liqing2026x' });
    const login = await ws.router.call('session.login', { username: 'liqing', password: 'Liqing2026x' }, null);
    const token = (login as { value: { token: string } }).value.token;
    // Break the database under the service so that the call fails unexpectedly (INTERNAL), with ID numbers in its input.
    ws.work.sqlite.exec('DROP TABLE units');
    const result = await ws.router.call('units.create', WUHAN_EDUCATION, token);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    ws.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const text = readFileSync(join(dataDir, 'logs', 'workstation.log'), 'utf8');
    expect(text).toContain('method units.create failed');
    expect(text).not.toContain('513101198201130014');
    expect(text).not.toContain('420102197003150011');
    expect(text).not.toContain('Liqing2026x');
  });
});
