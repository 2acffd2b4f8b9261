import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUTO_BACKUPS_KEPT } from '../../src/main/system/backups';
import { initialized, testWorkstation, type TestWorkstation } from '../helpers/workstation';

let ws: TestWorkstation;
beforeEach(async () => {
  ws = testWorkstation();
  await initialized(ws);
});
afterEach(() => ws.dispose());

describe('backups folder', () => {
  it('makes one automatic backup a day and keeps the newest ones only', async () => {
    ws.clock.set(Date.parse('2026-11-01T09:00:00+08:00'));
    expect(await ws.backups.runIfDue()).toMatch(/backups\/auto-20261101\.db$/);
    expect(await ws.backups.runIfDue()).toBeNull();
    for (let day = 2; day <= 20; day++) {
      ws.clock.advance(86_400_000);
      await ws.backups.runIfDue();
    }
    const autos = ws.backups.list().filter((b) => b.automatic).map((b) => b.name).sort();
    expect(autos).toHaveLength(AUTO_BACKUPS_KEPT);
    expect(autos[0]).toBe('auto-20261107.db');
    expect(autos.at(-1)).toBe('auto-20261120.db');
  });

  it('backs up on demand and lists the file with its size', async () => {
    const made = await ws.backups.backupNow();
    expect(made).toMatchObject({ automatic: false, name: expect.stringMatching(/^manual-\d{8}-\d{6}\.db$/) });
    expect(made.bytes).toBeGreaterThan(4096);
    expect(ws.backups.list().map((b) => b.name)).toContain(made.name);
  });
});
