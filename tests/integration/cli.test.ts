import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

describe('restore', () => {
  it('brings back exactly the backed-up state, keeping the current database aside', async () => {
    await cli(['init', '--name', '湖北省委编办', '--region', '420000', '--admin', 'zhangwei'], 'Zhang2026ab');
    await cli(['users', 'create', '--username', 'liqing', '--name', '李青', '--roles', 'clerk'], 'Liqing2026x');
    const backedUp = (await cli(['db', 'check'])).out.trim().split('\n').at(-1);
    const file = join(dataDir, 'backup.db');
    await cli(['backup', file]);
    await cli(['users', 'create', '--username', 'wangfang', '--name', '王芳', '--roles', 'reviewer'], 'Wang2026abc');
    await cli(['users', 'disable', 'liqing']);
    expect((await cli(['db', 'check'])).out.trim().split('\n').at(-1)).not.toBe(backedUp);

    const restored = await cli(['restore', file]);
    expect(restored.code).toBe(0);
    expect(restored.out.trim().split('\n').at(-1)).toBe(backedUp);
    expect((await cli(['users', 'list'])).out).toBe('zhangwei\tzhangwei\t管理员\t正常\nliqing\t李青\t登记员\t正常\n');
    expect(restored.out).toMatch(/恢复前的数据库已另存为 .*backups\/恢复前-\d{8}-\d{6}\.db/);
  });

  it('refuses a damaged or foreign file and changes nothing', async () => {
    await cli(['init', '--name', '湖北省委编办', '--region', '420000', '--admin', 'zhangwei'], 'Zhang2026ab');
    const before = (await cli(['db', 'check'])).out.trim().split('\n').at(-1);
    const junk = join(dataDir, 'junk.db');
    writeFileSync(junk, '这不是数据库'.repeat(500));
    const refused = await cli(['restore', junk]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('不是有效的工作站数据库备份');

    const file = join(dataDir, 'tampered.db');
    await cli(['backup', file]);
    const raw = new Database(file);
    raw.exec('DROP TRIGGER events_no_update');
    raw.prepare("UPDATE events SET actor = 'intruder' WHERE seq = 2").run();
    raw.close();
    const tampered = await cli(['restore', file]);
    expect(tampered.code).toBe(1);
    expect(tampered.err).toContain('第 2 条');
    expect((await cli(['db', 'check'])).out.trim().split('\n').at(-1)).toBe(before);
  });

  it('prints a document by serial to a PDF file, and says what is wrong otherwise', async () => {
    await cli(['init', '--name', '湖北省委编办', '--region', '420000', '--admin', 'zhangwei'], 'Zhang2026ab');
    await cli(['fixtures', '--units', '3', '--applications', '3', '--seed', '4']);
    const ws = openWorkstation({ dataDir, host: 'cli' });
    const serialNo = ws.work.sqlite.prepare("SELECT serial_no FROM applications WHERE state = 'submitted' LIMIT 1").pluck().get() as string;
    ws.close();
    const out = join(dataDir, '申请函.pdf');
    const letter = await cli(['pdf', 'letter', serialNo, '--out', out]);
    expect(letter.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await cli(['pdf', 'letterhead', serialNo, '--out', out])).code).toBe(2);
    const unknown = await cli(['pdf', 'form', '20990101-420100-0001-00000000', '--out', out]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('没有申请序号为 20990101-420100-0001-00000000 的申请');
    const noReceipt = await cli(['pdf', 'receipt', serialNo, '--out', out]);
    expect(noReceipt.code).toBe(1);
    expect(noReceipt.err).toContain('尚未登记书面材料');
  });

  it('exports the public listing as a static site to a folder or a zip', async () => {
    await cli(['init', '--name', '湖北省委编办', '--region', '420000', '--admin', 'zhangwei'], 'Zhang2026ab');
    const folder = join(dataDir, '公示');
    const done = await cli(['listing', 'export', '--out', folder]);
    expect(done.code).toBe(0);
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toContain('党政机关网站公示');
    expect((await cli(['listing', 'export', '--out', join(dataDir, 'listing.zip')])).code).toBe(0);
    expect(readFileSync(join(dataDir, 'listing.zip')).subarray(0, 2).toString()).toBe('PK');
  });
});
