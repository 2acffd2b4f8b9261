import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli';
import { generateFixtures } from '../../../src/main/fixtures/generate';
import { checkDatabase } from '../../../src/main/system/check';
import { openWorkstation } from '../../../src/main/workstation';
import { bundleDir, pair, sharedState, initializedWuhan } from '../../helpers/sync';
import { initialized, silentLog, testWorkstation, type TestWorkstation } from '../../helpers/workstation';

let hubei: TestWorkstation;
let wuhan: TestWorkstation;
let dir: string;

beforeEach(async () => {
  hubei = testWorkstation();
  wuhan = testWorkstation();
  const now = wuhan.clock.now();
  generateFixtures(wuhan, wuhan.clock.set, { units: 120, applications: 400, seed: 7, until: now - 86_400_000 });
  wuhan.clock.set(now);
  await initialized(hubei);
  await initializedWuhan(wuhan);
  pair(hubei, wuhan);
  dir = bundleDir();
});
afterEach(() => {
  hubei.dispose();
  wuhan.dispose();
});

async function cli(dataDir: string, args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const sink = new Writable({ write: (chunk, _e, done) => ((out += String(chunk)), done()) });
  const code = await runCli([...args, '--data-dir', dataDir], { out: sink, err: sink, readPassword: async () => '' });
  return { code, out };
}

describe('bundles from the command line', () => {
  it('bundle export --to, bundle verify, bundle import; a refusal exits non-zero', async () => {
    const file = join(dir, 'wuhan-to-hubei.wssb');
    const exported = await cli(wuhan.dataDir, ['bundle', 'export', '--to', '湖北省委编办审核一号机', '--out', file]);
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(/已导出同步包 .*发给“湖北省委编办审核一号机”，\d+ 个事件/);
    const verified = await cli(hubei.dataDir, ['bundle', 'verify', file]);
    expect(verified.code).toBe(0);
    expect(verified.out).toContain('来自“武汉市委编办审核机”');
    expect(verified.out).toMatch(/登记单位 120/);
    expect(hubei.journal.count()).toBe(3);
    const imported = await cli(hubei.dataDir, ['bundle', 'import', file]);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/已导入：新事件 \d+ 个/);
    expect(sharedState(hubei)).toBe(sharedState(wuhan));
    const again = await cli(hubei.dataDir, ['bundle', 'import', file]);
    expect(again.code).toBe(1);
    expect(again.out).toContain('已于');
    expect((await cli(hubei.dataDir, ['bundle', 'export', '--to', '不存在的对象', '--out', join(dir, 'x.wssb')])).code).toBe(1);
  });

  it('kill -9 during an import leaves the database consistent, and importing again completes it', async () => {
    // Enough work that the apply takes a while: the kill must land inside its transaction.
    const now = wuhan.clock.now();
    generateFixtures(wuhan, wuhan.clock.set, { units: 400, applications: 2500, seed: 8, until: now - 3_600_000 });
    wuhan.clock.set(now + 1000);
    const file = join(dir, 'big.wssb');
    wuhan.sync.export('cli', { peerId: hubei.journal.workstationId, full: false, file });
    const held = hubei.journal.count();
    hubei.close();

    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/cli.ts', 'bundle', 'import', file, '--data-dir', hubei.dataDir], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const backups = join(hubei.dataDir, 'backups');
    const wal = join(hubei.dataDir, 'workstation.db-wal');
    const walSize = () => (existsSync(wal) ? statSync(wal).size : 0);
    // The backup is written just before the transaction begins; then the transaction's pages start to reach the
    // write-ahead log (uncommitted until the very end): kill as soon as they do.
    while (!(existsSync(backups) && readdirSync(backups).some((f) => f.startsWith('before-import-') && f.endsWith('.db')))) {
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const before = walSize();
    while (walSize() <= before) await new Promise((resolve) => setTimeout(resolve, 1));
    const killed = child.kill('SIGKILL');
    expect(killed).toBe(true);
    expect(await exited).toBeNull();

    const reopened = openWorkstation({ dataDir: hubei.dataDir, host: 'cli', log: silentLog });
    try {
      expect(checkDatabase(reopened.work, reopened.journal).ok).toBe(true);
      // The transaction had not committed: nothing of the bundle is there.
      expect(reopened.journal.count()).toBe(held);
      const result = await reopened.sync.import('cli', file, { confirmed: false });
      expect(result.applied).toBeGreaterThan(1000);
      expect(sharedState(reopened)).toBe(sharedState(wuhan));
    } finally {
      reopened.close();
    }
  });
});
