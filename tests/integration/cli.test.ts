import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli';
import { openWorkstation } from '../../src/main/workstation';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'ws-cli-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

async function cli(args: string[], password = '') {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, done) {
        append(String(chunk));
        done();
      },
    });
  const code = await runCli([...args, '--data-dir', dataDir], {
    out: sink((s) => (out += s)),
    err: sink((s) => (err += s)),
    readPassword: async () => password,
  });
  return { code, out, err };
}

describe('cli', () => {
  it('prints help', async () => {
    const { code, out } = await cli(['help']);
    expect(code).toBe(0);
    expect(out).toContain('init --name NAME --region CODE --admin USER');
  });

  it('initialises, manages users, checks and backs up', async () => {
    expect((await cli(['init', '--name', '湖北省委编办审核一号机', '--region', '420000', '--admin', 'zhangwei', '--display-name', '张伟'], 'Zhang2026ab')).code).toBe(0);
    expect((await cli(['users', 'create', '--username', 'liqing', '--name', '李青', '--roles', 'clerk,reviewer'], 'Liqing2026x')).code).toBe(0);
    expect((await cli(['users', 'list'])).out).toBe('zhangwei\t张伟\t管理员\t正常\nliqing\t李青\t审核员、登记员\t正常\n');
    expect((await cli(['users', 'disable', 'liqing'])).code).toBe(0);
    expect((await cli(['users', 'list'])).out).toContain('liqing\t李青\t审核员、登记员\t已停用');

    const check = await cli(['db', 'check']);
    expect(check.code).toBe(0);
    expect(check.out.trim().split('\n').at(-1)).toMatch(/^[0-9a-f]{64}$/);

    const target = join(dataDir, 'backups', '2026-11-28.db');
    expect((await cli(['backup', target])).code).toBe(0);
    expect(existsSync(target)).toBe(true);
    const copy = openWorkstation({ dataDir: join(dataDir, 'restored'), host: 'cli' });
    copy.close();
  });

  it('refuses bad input with field messages and exit code 1', async () => {
    const { code, err } = await cli(['init', '--name', '湖北', '--region', '999999', '--admin', 'zw'], 'short');
    expect(code).toBe(1);
    expect(err).toContain('regionCode: 请选择有效的所属区域');
    expect(err).toContain('admin.password: 密码至少 8 位');
  });

  it('fails db check when the chain is broken, naming the event', async () => {
    await cli(['init', '--name', '湖北省委编办', '--region', '420000', '--admin', 'zhangwei'], 'Zhang2026ab');
    const ws = openWorkstation({ dataDir, host: 'cli' });
    const id = ws.work.sqlite.prepare("SELECT id FROM events WHERE type = 'UserCreated'").pluck().get() as string;
    ws.work.sqlite.exec('DROP TRIGGER events_no_update');
    ws.work.sqlite.prepare("UPDATE events SET actor = 'intruder' WHERE id = ?").run(id);
    ws.close();
    const check = await cli(['db', 'check']);
    expect(check.code).toBe(1);
    expect(check.out).toContain(`FAIL chain`);
    expect(check.out).toContain(id);
  });

  it('rejects unknown commands with usage and exit code 2', async () => {
    expect((await cli(['frobnicate'])).code).toBe(2);
  });
});
