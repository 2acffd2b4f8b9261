import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '../../src/main/accounts/password';
import { rebuildProjections } from '../../src/main/journal/projections';
import { verifyChains } from '../../src/main/journal/verify';
import { checkDatabase } from '../../src/main/system/check';
import { openWorkstation } from '../../src/main/workstation';
import type { NewEvent } from '../../src/shared/events/events';
import { silentLog } from '../helpers/workstation';

const SURNAMES = ['张', '王', '李', '赵', '陈', '刘', '杨', '黄', '周', '吴'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '勇', '艳', '杰', '涛', '明'];

function time<T>(label: string, run: () => T, count?: number): T {
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  const rate = count ? `  (${Math.round((count / ms) * 1000).toLocaleString('en')} events/s)` : '';
  console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms${rate}`);
  return result;
}

/**
 * Journal throughput on a real file: events appended one transaction each (as users make them) and in batches
 * (as a sync import would), then a full rebuild, chain verification and `db check` over the whole journal.
 */
export async function journalBench(args: string[]): Promise<void> {
  const total = Number(args[0] ?? 100_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'ws-bench-'));
  const ws = openWorkstation({ dataDir, host: 'cli', log: silentLog });
  try {
    const passwordHash = await hashPassword('Bench2026ab');
    const userIds: string[] = [];
    ws.journal.record(null, () => [
      { type: 'WorkstationInitialized', aggregateId: ws.journal.workstationId, payload: { name: '基准测试工作站', regionCode: '420000' } },
    ]);
    const userEvents: NewEvent[] = [];
    for (let i = 0; i < 500; i++) {
      const userId = `u${i}`;
      userIds.push(userId);
      userEvents.push({
        type: 'UserCreated',
        aggregateId: userId,
        payload: {
          userId,
          username: `user${i}`,
          displayName: SURNAMES[i % 10] + GIVEN[i % 12],
          roles: ['reviewer'],
          passwordHash,
          mustChangePassword: false,
        },
      });
    }
    ws.journal.record(null, () => userEvents);

    const update = (i: number): NewEvent => ({
      type: 'UserUpdated',
      aggregateId: userIds[i % userIds.length],
      payload: {
        userId: userIds[i % userIds.length],
        displayName: SURNAMES[i % 10] + GIVEN[(i * 7) % 12],
        roles: i % 3 === 0 ? ['reviewer', 'clerk'] : ['reviewer'],
      },
    });

    const single = Math.min(10_000, Math.floor(total / 10));
    console.log(`journal benchmark: ${total.toLocaleString('en')} events, data in ${dataDir}`);
    time(`append, one transaction each (${single})`, () => {
      for (let i = 0; i < single; i++) ws.journal.record('bench', () => [update(i)]);
    }, single);
    const batched = total - single;
    time(`append, 1000 per transaction (${batched})`, () => {
      for (let i = 0; i < batched; i += 1000) {
        ws.journal.record('bench', () => Array.from({ length: Math.min(1000, batched - i) }, (_, k) => update(i + k)));
      }
    }, batched);
    const events = ws.journal.count();
    time('rebuild all projections', () => rebuildProjections(ws.work, ws.journal), events);
    time('verify hash chains', () => verifyChains(ws.work), events);
    const report = time('db check (integrity + chain + rebuild)', () => checkDatabase(ws.work, ws.journal), events);
    ws.work.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const size = statSync(ws.work.file).size;
    console.log(`database file: ${(size / 1024 / 1024).toFixed(1)} MiB for ${events.toLocaleString('en')} events; check ok: ${report.ok}`);
    console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
  } finally {
    ws.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
