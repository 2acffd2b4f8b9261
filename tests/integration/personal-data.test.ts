import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEY_FILE } from '../../src/main/personal-data/key-file';
import { openWorkstation } from '../../src/main/workstation';
import { unitInputSchema } from '../../src/shared/units/unit';
import { WUHAN_EDUCATION } from '../helpers/samples';
import { initialized, testWorkstation, type TestWorkstation } from '../helpers/workstation';

const ID_NUMBERS = ['513101198201130014', '420102197003150011'];
let ws: TestWorkstation;
beforeEach(() => {
  ws = testWorkstation();
});
afterEach(() => ws.dispose());

function databaseBytes(): string {
  const files = ['workstation.db', 'workstation.db-wal'].map((f) => join(ws.dataDir, f));
  return files.map((f) => readFileSync(f).toString('latin1')).join('');
}

describe('ID numbers at rest', () => {
  it('never reach the database file, the WAL or the journal in plain text', () => {
    const unit = ws.units.create('clerk', unitInputSchema.parse(WUHAN_EDUCATION));
    ws.units.update('clerk', unit.id, unitInputSchema.parse({ ...WUHAN_EDUCATION, address: '湖北省武汉市江岸区三阳路 8 号', handler: { ...WUHAN_EDUCATION.handler, idNumber: '' } }));
    const bytes = databaseBytes();
    for (const id of ID_NUMBERS) expect(bytes).not.toContain(id);
    const payloads = ws.work.sqlite.prepare("SELECT payload FROM events WHERE type LIKE 'Unit%'").pluck().all().join('');
    expect(payloads).toMatch(/"idNumber":"pd2:[0-9a-f]{16}:/);
    for (const id of ID_NUMBERS) expect(payloads).not.toContain(id);
  });

  it('are still masked, checked and kept across edits', () => {
    const unit = ws.units.create('clerk', unitInputSchema.parse(WUHAN_EDUCATION));
    expect(ws.units.get(unit.id).unit.handler.idNumberMasked).toBe('5131**********0014');
    expect(ws.units.get(unit.id).checks.map((c) => c.code)).toContain('idNumber.region');
    const edited = ws.units.update('clerk', unit.id, unitInputSchema.parse({ ...WUHAN_EDUCATION, handler: { ...WUHAN_EDUCATION.handler, idNumber: '' } }));
    expect(edited.handler.idNumberMasked).toBe('5131**********0014');
  });

  it('keep their key in the data directory, readable by its owner only, and reuse it on reopening', () => {
    const unit = ws.units.create('clerk', unitInputSchema.parse(WUHAN_EDUCATION));
    expect(statSync(join(ws.dataDir, KEY_FILE)).mode & 0o777).toBe(0o600);
    ws.close();
    const again = openWorkstation({ dataDir: ws.dataDir, host: 'cli' });
    expect(again.units.get(unit.id).unit.head.idNumberMasked).toBe('4201**********0011');
    again.close();
    ws = testWorkstation(ws.dataDir);
  });
});

describe('revealing an ID number', () => {
  it('needs the permission an admin grants, journals who looked and why, and never the number', async () => {
    await initialized(ws);
    const admin = ws.accounts.listUsers()[0];
    const reviewer = await ws.accounts.createUser(admin.id, { username: 'wangfang', displayName: '王芳', roles: ['reviewer'], password: 'Wang2026abc' });
    const unit = ws.units.create('clerk', unitInputSchema.parse(WUHAN_EDUCATION));
    const { token } = await ws.accounts.login('wangfang', 'Wang2026abc');
    const input = { unitId: unit.id, field: 'handler', purpose: '核对书面材料与身份证复印件' };
    expect(await ws.router.call('units.revealIdNumber', input, token)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    ws.accounts.setRevealPermission(admin.id, { userId: reviewer.id, allowed: true });
    expect(await ws.router.call('units.revealIdNumber', input, token)).toEqual({ ok: true, value: { idNumber: '513101198201130014' } });
    expect(await ws.router.call('units.revealIdNumber', { ...input, purpose: '' }, token)).toMatchObject({ ok: false, error: { fields: { purpose: '请写明查看用途' } } });
    const entry = ws.audit.list({ actor: reviewer.id, types: ['IdNumberRevealed'], serialNo: '', from: null, to: null, page: 1, pageSize: 5 }).rows;
    expect(entry.map((e) => e.summary)).toEqual(['查看经办人的完整身份证号（核对书面材料与身份证复印件）']);
    for (const id of ID_NUMBERS) expect(databaseBytes()).not.toContain(id);

    ws.accounts.setRevealPermission(admin.id, { userId: reviewer.id, allowed: false });
    expect(await ws.router.call('units.revealIdNumber', input, token)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
