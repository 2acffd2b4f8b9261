import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applicationDataSchema } from '../../../src/shared/applications/application';
import { applicationQuerySchema } from '../../../src/shared/applications/query';
import { unitInputSchema } from '../../../src/shared/units/unit';
import { WUHAN_EDUCATION, WUHAN_EDUCATION_SITE } from '../../helpers/samples';
import { beijing, initialized, testWorkstation, type TestWorkstation } from '../../helpers/workstation';

let ws: TestWorkstation;
beforeEach(async () => {
  ws = testWorkstation();
  await initialized(ws);
});
afterEach(() => ws.dispose());

describe('办理时限', () => {
  it('shows 初审’s due date, working days left and overdue on every listing of the application', () => {
    ws.clock.set(beijing('2026-09-29T10:00:00'));
    const unit = ws.units.create('clerk', unitInputSchema.parse(WUHAN_EDUCATION));
    const { applicationId } = ws.applications.submit('clerk', {
      applicationId: null,
      unitId: unit.id,
      data: applicationDataSchema.parse(WUHAN_EDUCATION_SITE),
      expectedVersion: 0,
    });
    ws.clock.set(beijing('2026-10-09T09:00:00'));
    expect(ws.applications.get(applicationId).deadline).toEqual({ stage: 'initialReview', dueDate: '2026-10-12', workdaysLeft: 2, overdue: false });
    ws.clock.set(beijing('2026-10-13T09:00:00'));
    const [row] = ws.applicationsReader.query(applicationQuerySchema.parse({})).rows;
    expect(row.deadline).toMatchObject({ overdue: true, workdaysLeft: -1 });
    expect(ws.units.get(unit.id).applications[0].deadline).toMatchObject({ overdue: true });
    expect(ws.applicationsReader.query(applicationQuerySchema.parse({ overdue: true })).total).toBe(1);
    ws.clock.set(beijing('2026-10-12T18:00:00'));
    expect(ws.applicationsReader.query(applicationQuerySchema.parse({ overdue: true })).total).toBe(0);
  });

  it('follows the admin’s deadline setting and calendar overrides', () => {
    ws.clock.set(beijing('2026-09-29T10:00:00'));
    const unit = ws.units.create('clerk', unitInputSchema.parse(WUHAN_EDUCATION));
    const { applicationId } = ws.applications.submit('clerk', { applicationId: null, unitId: unit.id, data: applicationDataSchema.parse(WUHAN_EDUCATION_SITE), expectedVersion: 0 });
    ws.settings.update('admin', { deadlineDays: { initialReview: 3, paperReview: 10, badgeInstall: 5 } });
    expect(ws.applications.get(applicationId).deadline?.dueDate).toBe('2026-10-09');
    ws.deadlines.setDays('admin', [{ date: '2026-10-09', kind: 'holiday', name: '本地调整' }]);
    expect(ws.applications.get(applicationId).deadline?.dueDate).toBe('2026-10-10');
  });

  it('imports a new year in chinese-days format, and refuses a bad file without writing', () => {
    const before = ws.journal.count();
    expect(() => ws.deadlines.importDays('admin', '{"holidays": {"2027-13-01": "x"}}')).toThrow('无法识别的条目');
    expect(() => ws.deadlines.importDays('admin', 'not json')).toThrow('不是有效的 JSON');
    expect(ws.journal.count()).toBe(before);
    const result = ws.deadlines.importDays('admin', JSON.stringify({
      holidays: { '2027-01-01': "New Year's Day,元旦,1", '2027-02-06': 'Spring Festival,春节,8' },
      workdays: { '2027-02-14': 'Spring Festival,春节,8' },
    }));
    expect(result).toEqual({ imported: 3, years: [2027] });
    expect(ws.deadlines.year(2027)).toMatchObject({ known: true, days: [{ date: '2027-01-01', name: '元旦', kind: 'holiday' }, {}, { date: '2027-02-14', kind: 'workday' }] });
  });
});
