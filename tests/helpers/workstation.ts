import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkstation, type Workstation } from '../../src/main/workstation';
import type { Logger } from '../../src/main/log';

export const silentLog: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A local time on a Chinese office clock ("2026-09-29T10:00:00") as epoch milliseconds. */
export function beijing(local: string): number {
  return Date.parse(`${local}+08:00`);
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.parse('2026-11-28T09:00:00+08:00')) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
    set: (ms: number) => {
      now = ms;
    },
  };
}

export interface TestWorkstation extends Workstation {
  dataDir: string;
  clock: ReturnType<typeof manualClock>;
  /** Closes the database and removes the temporary data directory. */
  dispose(): void;
}

/** A workstation on a real SQLite file in a fresh temporary directory. */
export function testWorkstation(dataDir = mkdtempSync(join(tmpdir(), 'ws-test-'))): TestWorkstation {
  const clock = manualClock();
  const ws = openWorkstation({ dataDir, host: 'cli', log: silentLog, now: clock.now });
  return {
    ...ws,
    dataDir,
    clock,
    dispose: () => {
      ws.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const ADMIN = { username: 'zhangwei', displayName: '张伟', password: 'Zhang2026ab' };

export async function initialized(ws: Workstation): Promise<void> {
  await ws.accounts.initialize({ workstationName: '湖北省委编办审核一号机', regionCode: '420000', admin: ADMIN });
}
