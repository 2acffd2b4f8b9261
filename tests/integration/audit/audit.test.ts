import { exportRequestSchema } from '../../../src/shared/exports/request';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applicationDataSchema } from '../../../src/shared/applications/application';
import { auditQuerySchema } from '../../../src/shared/audit/query';
import { unitInputSchema } from '../../../src/shared/units/unit';
import { WUHAN_EDUCATION, WUHAN_EDUCATION_SITE } from '../../helpers/samples';
import { initialized, testWorkstation, type TestWorkstation } from '../../helpers/workstation';

let ws: TestWorkstation;
let clerk: string;
let serialNo: string;
beforeEach(async () => {
  ws = testWorkstation();
  await initialized(ws);
  const admin = ws.accounts.listUsers()[0].id;
  clerk = (await ws.accounts.createUser(admin, { username: 'liqing', displayName: '李青', roles: ['clerk'], password: 'Liqing2026x' })).id;
  ws.clock.advance(3_600_000);
  const unit = ws.units.create(clerk, unitInputSchema.parse(WUHAN_EDUCATION));
  serialNo = ws.applications.submit(clerk, { applicationId: null, unitId: unit.id, data: applicationDataSchema.parse(WUHAN_EDUCATION_SITE), expectedVersion: 0 }).serialNo;
});
afterEach(() => ws.dispose());

const q = (input: Parameters<typeof auditQuerySchema.parse>[0] = {}) => auditQuerySchema.parse(input);

describe('操作日志', () => {
  it('reads the journal as who did what, newest first, filtered by user, type, application and time', () => {
    const all = ws.audit.list(q());
    expect(all.total).toBe(6);
    expect(all.rows[0]).toMatchObject({ actor: '李青', typeLabel: '提交申请', serialNo, summary: expect.stringContaining('提交申请（第 1 版') });
    expect(all.rows.at(-1)).toMatchObject({ actor: '系统', typeLabel: '首次设置' });
    expect(ws.audit.list(q({ actor: clerk })).rows.map((r) => r.typeLabel)).toEqual(['提交申请', '登记单位']);
    expect(ws.audit.list(q({ types: ['UserCreated'] })).total).toBe(2);
    expect(ws.audit.list(q({ serialNo })).total).toBe(1);
    const later = new Date(ws.clock.now() - 60_000).toISOString();
    expect(ws.audit.list(q({ from: later })).total).toBe(2);
  });

  it('never shows ID numbers or password hashes, on screen or exported', async () => {
    const { jobId } = ws.exportsService.start('admin', exportRequestSchema.parse({ list: 'audit', format: 'csv', filters: {} }));
    while (ws.exportsService.progress('admin', jobId).state === 'running') await new Promise((resolve) => setTimeout(resolve, 5));
    const text = JSON.stringify(ws.audit.list(q({ pageSize: 200 }))) + ws.exportsService.take('admin', jobId).bytes.toString('utf8');
    expect(text).not.toContain('513101198201130014');
    expect(text).not.toContain('420102197003150011');
    expect(text).not.toContain('scrypt');
  });

  it('names the first broken event of a tampered chain', () => {
    expect(ws.audit.verify()).toMatchObject({ ok: true, workstations: 1, events: 6 });
    ws.work.sqlite.exec('DROP TRIGGER events_no_update');
    ws.work.sqlite.prepare("UPDATE events SET payload = json_set(payload, '$.name', '武汉市某局') WHERE type = 'UnitRegistered'").run();
    const report = ws.audit.verify();
    expect(report.ok).toBe(false);
    expect(report.breaks[0]).toMatchObject({ seq: 5, reason: '内容与其哈希不符（事件被改动）' });
  });
});
