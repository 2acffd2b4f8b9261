import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../../src/main/journal/chain';
import { rebuildProjections, stateHash } from '../../../src/main/journal/projections';
import { verifyChains } from '../../../src/main/journal/verify';
import { checkDatabase } from '../../../src/main/system/check';
import { AppError } from '../../../src/shared/api/errors';
import { ADMIN, initialized, testWorkstation, type TestWorkstation } from '../../helpers/workstation';

let ws: TestWorkstation;
beforeEach(async () => {
  ws = testWorkstation();
  await initialized(ws);
});
afterEach(() => ws.dispose());

function adminId(): string {
  return ws.accounts.listUsers().find((u) => u.username === ADMIN.username)!.id;
}

/** A realistic mix of changes: several users, role edits, disable/enable, settings. */
async function busyDay(): Promise<void> {
  const admin = adminId();
  const names = [
    ['liqing', '李青', ['clerk']],
    ['wangfang', '王芳', ['reviewer']],
    ['zhaolei', '赵磊', ['reviewer', 'clerk']],
    ['chenjing', '陈静', ['admin', 'reviewer']],
  ] as const;
  for (const [username, displayName, roles] of names) {
    ws.clock.advance(60_000);
    await ws.accounts.createUser(admin, { username, displayName, roles: [...roles], password: 'Init2026pw' });
  }
  const users = ws.accounts.listUsers();
  const wang = users.find((u) => u.username === 'wangfang')!;
  ws.accounts.updateUser(admin, { userId: wang.id, displayName: '王芳', roles: ['reviewer', 'clerk'] });
  ws.accounts.setDisabled(admin, { userId: users.find((u) => u.username === 'zhaolei')!.id, disabled: true });
  ws.settings.update(admin, { idleLockMinutes: 15 });
}

describe('journal', () => {
  it('chains each workstation’s events from the genesis hash with consecutive sequence numbers', () => {
    const rows = ws.work.sqlite.prepare('SELECT seq, prev_hash, hash, type, actor FROM events ORDER BY seq').all() as {
      seq: number;
      prev_hash: string;
      hash: string;
      type: string;
    }[];
    expect(rows.map((r) => r.type)).toEqual(['WorkstationInitialized', 'UserCreated', 'SettingsChanged']);
    expect(rows[0].prev_hash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i].seq).toBe(i + 1);
      expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
    }
  });

  it('writes nothing when a decision refuses: no event, no projection change', () => {
    const before = { events: ws.journal.count(), state: stateHash(ws.work) };
    expect(() =>
      ws.journal.record('someone', () => {
        throw new AppError('CONFLICT', '拒绝');
      }),
    ).toThrow('拒绝');
    expect({ events: ws.journal.count(), state: stateHash(ws.work) }).toEqual(before);
  });

  it('rolls back the events already appended when a later one fails mid-transaction', () => {
    const before = { events: ws.journal.count(), state: stateHash(ws.work) };
    // The second event breaks the users table's unique user name: the first must not survive either.
    const twin = (userId: string) => ({
      type: 'UserCreated' as const,
      aggregateId: userId,
      payload: {
        userId,
        username: 'twin',
        displayName: '重名',
        roles: ['clerk' as const],
        passwordHash: { algorithm: 'scrypt' as const, N: 1024, r: 8, p: 1, keyLength: 32, salt: '', hash: '' },
        mustChangePassword: true,
      },
    });
    expect(() => ws.journal.record(adminId(), () => [twin('u-a'), twin('u-b')])).toThrow(/UNIQUE/);
    expect({ events: ws.journal.count(), state: stateHash(ws.work) }).toEqual(before);
  });

  it('rebuilds the projections from the journal to the same state hash', async () => {
    await busyDay();
    const before = stateHash(ws.work);
    ws.work.sqlite.prepare('DELETE FROM users').run();
    expect(stateHash(ws.work)).not.toBe(before);
    expect(rebuildProjections(ws.work, ws.journal)).toBe(before);
    expect(checkDatabase(ws.work, ws.journal)).toMatchObject({ ok: true, stateHash: before });
  });

  it('reports the exact event whose stored content was altered', async () => {
    await busyDay();
    expect(verifyChains(ws.work).ok).toBe(true);
    const victim = ws.work.sqlite.prepare("SELECT id, seq FROM events WHERE type = 'UserUpdated'").get() as {
      id: string;
      seq: number;
    };
    ws.work.sqlite.exec('DROP TRIGGER events_no_update');
    ws.work.sqlite
      .prepare("UPDATE events SET payload = json_set(payload, '$.roles', json('[\"admin\"]')) WHERE id = ?")
      .run(victim.id);

    const report = verifyChains(ws.work);
    expect(report.ok).toBe(false);
    expect(report.breaks).toEqual([
      { workstationId: ws.journal.workstationId, seq: victim.seq, eventId: victim.id, reason: '内容与其哈希不符（事件被改动）' },
    ]);
    const check = checkDatabase(ws.work, ws.journal);
    expect(check.ok).toBe(false);
    expect(check.steps.find((s) => s.name === 'chain')?.detail).toContain(victim.id);
  });

  it('detects a removed event as a gap in the sequence', async () => {
    await busyDay();
    ws.work.sqlite.exec('DROP TRIGGER events_no_delete');
    ws.work.sqlite.prepare('DELETE FROM events WHERE seq = 5').run();
    expect(verifyChains(ws.work).breaks[0]).toMatchObject({ seq: 6, reason: '序号应为 5，实际为 6（有事件缺失）' });
  });
});
