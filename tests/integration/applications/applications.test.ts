import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stateHash, rebuildProjections } from '../../../src/main/journal/projections';
import { applicationDataSchema, type ApplicationDraft } from '../../../src/shared/applications/application';
import { applicationQuerySchema } from '../../../src/shared/applications/query';
import { unitInputSchema } from '../../../src/shared/units/unit';
import { WUHAN_EDUCATION, WUHAN_EDUCATION_SITE } from '../../helpers/samples';
import { initialized, testWorkstation, type TestWorkstation } from '../../helpers/workstation';

let ws: TestWorkstation;
const CLERK = 'clerk-1';
beforeEach(async () => {
  ws = testWorkstation();
  await initialized(ws);
});
afterEach(() => ws.dispose());

const unitData = () => unitInputSchema.parse(WUHAN_EDUCATION);
const siteData = (changes: Partial<typeof WUHAN_EDUCATION_SITE> = {}) =>
  applicationDataSchema.parse({ ...WUHAN_EDUCATION_SITE, ...changes });
const asDraft = (changes: Partial<ApplicationDraft> = {}): ApplicationDraft =>
  ({ ...WUHAN_EDUCATION_SITE, ...changes }) as ApplicationDraft;
const query = (input: Parameters<typeof applicationQuerySchema.parse>[0] = {}) =>
  ws.applicationsReader.query(applicationQuerySchema.parse(input));

describe('units', () => {
  it('registers a unit with an account id made of region, sequence and workstation tag', () => {
    const unit = ws.units.create(CLERK, unitData());
    const tag = ws.journal.workstationId.slice(0, 8).toUpperCase();
    expect(unit.account).toBe(`420100-00001-${tag}`);
    expect(unit.regionLevel).toBe('municipal');
    expect(ws.units.create(CLERK, { ...unitData(), name: '武汉市民政局' }).account).toBe(`420100-00002-${tag}`);
  });

  it('never shows ID numbers in full, and keeps them when an edit leaves them empty', () => {
    const unit = ws.units.create(CLERK, unitData());
    expect(unit.handler.idNumberMasked).toBe('5131**********0014');
    expect(JSON.stringify(ws.units.get(unit.id))).not.toContain('513101198201130014');
    const edited = ws.units.update(CLERK, unit.id, { ...unitData(), address: '湖北省武汉市江岸区三阳路 8 号', handler: { ...unitData().handler, idNumber: '' } });
    expect(edited.address).toBe('湖北省武汉市江岸区三阳路 8 号');
    expect(edited.handler.idNumberMasked).toBe('5131**********0014');
  });

  it('lists units with their number of applications', () => {
    const unit = ws.units.create(CLERK, unitData());
    ws.units.create(CLERK, { ...unitData(), name: '武汉市民政局' });
    ws.applications.submit(CLERK, { applicationId: null, unitId: unit.id, data: siteData(), expectedVersion: 0 });
    ws.applications.saveDraft(CLERK, { applicationId: null, unitId: unit.id, draft: asDraft({ siteName: '武汉教育网' }) });
    const { rows, total } = ws.units.list({ name: '武汉', regionCode: '420000', page: 1, pageSize: 20 });
    expect(total).toBe(2);
    expect(Object.fromEntries(rows.map((r) => [r.name, r.applicationCount]))).toEqual({ 武汉市教育局: 2, 武汉市民政局: 0 });
  });

  it('warns about a name that suggests a company, and about a namesake', () => {
    ws.units.create(CLERK, unitData());
    const checks = ws.units.checkInput(
      { name: '武汉市教育局', regionCode: '420100', regionLevel: 'municipal', creditCode: '', head: { name: '', idNumber: '' }, handler: { name: '', idNumber: '' } },
      null,
    );
    expect(checks.map((c) => c.code)).toContain('unit.duplicateName');
    const company = ws.units.checkInput(
      { name: '武汉智慧教育科技有限公司', regionCode: '420100', regionLevel: 'municipal', creditCode: '91350100M000100Y43', head: { name: '', idNumber: '' }, handler: { name: '', idNumber: '' } },
      null,
    );
    expect(company.map((c) => c.code)).toEqual(expect.arrayContaining(['unit.ineligibleName', 'creditCode.notStaffing', 'creditCode.region']));
  });
});

describe('applications', () => {
  it('saves an incomplete draft, then submits version 1 with a serial', () => {
    const unit = ws.units.create(CLERK, unitData());
    const { applicationId } = ws.applications.saveDraft(CLERK, {
      applicationId: null,
      unitId: unit.id,
      draft: asDraft({ enDomain: 'www.whedu.com', ipv4: '' }),
    });
    const draft = ws.applications.get(applicationId);
    expect(draft).toMatchObject({ state: 'draft', version: 0, serialNo: null, siteName: '武汉市教育局网' });
    expect(draft.checks.map((c) => c.code)).toContain('enDomain.invalid');

    ws.clock.advance(60_000);
    const submitted = ws.applications.submit(CLERK, { applicationId, unitId: unit.id, data: siteData(), expectedVersion: 0 });
    expect(submitted.serialNo).toMatch(/^20261128-420100-0001-[0-9A-F]{8}$/);
    expect(submitted.version).toBe(1);
    const detail = ws.applications.get(applicationId);
    expect(detail).toMatchObject({ state: 'submitted', version: 1, draft: null, cnDomainAscii: 'xn--dgtt4bc3l8ugp6a156e.xn--zfr164b' });
    expect(detail.versions).toHaveLength(1);
  });

  it('keeps every submission as an immutable version and refuses a stale one', () => {
    const unit = ws.units.create(CLERK, unitData());
    const first = ws.applications.submit(CLERK, { applicationId: null, unitId: unit.id, data: siteData(), expectedVersion: 0 });
    const second = ws.applications.submit(CLERK, {
      applicationId: first.applicationId,
      unitId: unit.id,
      data: siteData({ siteName: '武汉教育网', ipv4: '59.172.10.22' }),
      expectedVersion: 1,
    });
    expect(second).toMatchObject({ serialNo: first.serialNo, version: 2 });
    const detail = ws.applications.get(first.applicationId);
    expect(detail.versions.map((v) => [v.version, v.data.siteName])).toEqual([
      [1, '武汉市教育局网'],
      [2, '武汉教育网'],
    ]);
    expect(() =>
      ws.applications.submit(CLERK, { applicationId: first.applicationId, unitId: unit.id, data: siteData(), expectedVersion: 1 }),
    ).toThrow('该申请已由他人提交为第 2 版');
  });

  it('flags a domain already held by another unit', () => {
    const education = ws.units.create(CLERK, unitData());
    ws.applications.submit(CLERK, { applicationId: null, unitId: education.id, data: siteData(), expectedVersion: 0 });
    const other = ws.units.create(CLERK, { ...unitData(), name: '武汉市教育考试院' });
    const checks = ws.applications.check(other.id, null, asDraft());
    expect(checks.filter((c) => c.code.startsWith('duplicate.')).map((c) => c.field)).toEqual(['cnDomain', 'enDomain', 'siteName']);
    expect(checks[0].message).toBeDefined();
  });

  it('finds applications by name fragment (2 and 3+ characters), serial, date, state and region', () => {
    const unit = ws.units.create(CLERK, unitData());
    const a = ws.applications.submit(CLERK, { applicationId: null, unitId: unit.id, data: siteData(), expectedVersion: 0 });
    ws.clock.advance(3 * 86_400_000);
    const hanyang = ws.units.create(CLERK, { ...unitData(), regionCode: '420105', name: '武汉市汉阳区人民政府' });
    ws.applications.submit(CLERK, {
      applicationId: null,
      unitId: hanyang.id,
      data: siteData({ siteName: '汉阳区政府门户网站', cnDomain: '武汉市汉阳区人民政府.政务', enDomain: 'www.hanyang.gov.cn' }),
      expectedVersion: 0,
    });
    ws.applications.saveDraft(CLERK, { applicationId: null, unitId: hanyang.id, draft: asDraft({ siteName: '汉阳区教育局网' }) });

    expect(query({ siteName: '教育' }).rows.map((r) => r.siteName).sort()).toEqual(['武汉市教育局网', '汉阳区教育局网'].sort());
    expect(query({ siteName: '门户网' }).rows.map((r) => r.siteName)).toEqual(['汉阳区政府门户网站']);
    expect(query({ serialNo: a.serialNo }).rows.map((r) => r.id)).toEqual([a.applicationId]);
    expect(query({ serialNo: a.serialNo.slice(0, 8) }).total).toBe(1);
    expect(query({ submittedFrom: '2026-11-30T16:00:00.000Z' }).rows.map((r) => r.siteName)).toEqual(['汉阳区政府门户网站']);
    expect(query({ states: ['draft'] }).total).toBe(1);
    expect(query({ regionCode: '420105' }).total).toBe(2);
    expect(query({ regionCode: '420000' }).total).toBe(3);
    expect(query({ regionCode: '110000' }).total).toBe(0);
    expect(query({ sort: { column: 'siteName', direction: 'asc' }, pageSize: 2 })).toMatchObject({ total: 3, rows: { length: 2 } });
  });

  it('treats LIKE wildcards and FTS syntax in a name as plain text', () => {
    const unit = ws.units.create(CLERK, unitData());
    ws.applications.submit(CLERK, { applicationId: null, unitId: unit.id, data: siteData(), expectedVersion: 0 });
    expect(query({ siteName: '%' }).total).toBe(0);
    expect(query({ siteName: '教育" OR "' }).total).toBe(0);
    expect(query({ siteName: 'NEAR(教育' }).total).toBe(0);
  });

  it('rebuilds units, applications, versions and the name index to the same state', () => {
    const unit = ws.units.create(CLERK, unitData());
    const a = ws.applications.submit(CLERK, { applicationId: null, unitId: unit.id, data: siteData(), expectedVersion: 0 });
    ws.applications.submit(CLERK, { applicationId: a.applicationId, unitId: unit.id, data: siteData({ siteName: '武汉教育网' }), expectedVersion: 1 });
    ws.units.update(CLERK, unit.id, { ...unitData(), name: '武汉市教育局（武汉市语言文字工作委员会办公室）' });
    const before = stateHash(ws.work);
    expect(rebuildProjections(ws.work, ws.journal)).toBe(before);
    expect(query({ siteName: '教育网' }).rows.map((r) => r.unitName)).toEqual(['武汉市教育局（武汉市语言文字工作委员会办公室）']);
  });
});
