import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applicationDataSchema } from '../../../src/shared/applications/application';
import { unitInputSchema } from '../../../src/shared/units/unit';
import { WUHAN_EDUCATION, WUHAN_EDUCATION_SITE } from '../../helpers/samples';
import { beijing, initialized, testWorkstation, type TestWorkstation } from '../../helpers/workstation';

let ws: TestWorkstation;
beforeEach(async () => {
  ws = testWorkstation();
  await initialized(ws);
});
afterEach(() => ws.dispose());

describe('工作台 figures', () => {
  it('count by state and region, list the overdue, and move with each submission and decision', () => {
    ws.clock.set(beijing('2026-11-09T10:00:00'));
    const submit = (regionCode: string, name: string, siteName: string) => {
      const unit = ws.units.create('clerk', unitInputSchema.parse({ ...WUHAN_EDUCATION, regionCode, name }));
      return ws.applications.submit('clerk', {
        applicationId: null,
        unitId: unit.id,
        data: applicationDataSchema.parse({ ...WUHAN_EDUCATION_SITE, siteName }),
        expectedVersion: 0,
      }).applicationId;
    };
    const early = submit('420100', '武汉市教育局', '武汉市教育局网');
    ws.clock.set(beijing('2026-11-24T10:00:00'));
    const rejected = submit('420500', '宜昌市民政局', '宜昌市民政局网');
    submit('420500', '宜昌市司法局', '宜昌市司法局网');
    ws.review.decideInitial('reviewer', { applicationId: rejected, expectedVersion: 1, decision: 'reject', reasons: [{ code: 'siteNameBasis', field: 'siteName', note: '' }], note: '' });

    ws.clock.set(beijing('2026-11-27T10:00:00'));
    const summary = ws.dashboard.summary();
    expect(summary.byState).toEqual({ submitted: 2, initialRejected: 1 });
    expect(summary.byRegion).toEqual([
      { regionCode: '420500', name: '宜昌市', total: 2, waiting: 1 },
      { regionCode: '420100', name: '武汉市', total: 1, waiting: 1 },
    ]);
    expect(summary.overdue.map((r) => r.id)).toEqual([early]);
    expect(summary.overdueTotal).toBe(1);
    expect(summary.weekly).toHaveLength(12);
    expect(summary.weekly.slice(-3)).toEqual([
      { week: '11月9日', submitted: 1, decided: 0 },
      { week: '11月16日', submitted: 0, decided: 0 },
      { week: '11月23日', submitted: 2, decided: 1 },
    ]);
  });
});
