import { afterEach, describe, expect, it } from 'vitest';
import { generateFixtures } from '../../src/main/fixtures/generate';
import { checkDatabase } from '../../src/main/system/check';
import { testWorkstation, type TestWorkstation } from '../helpers/workstation';

const opened: TestWorkstation[] = [];
afterEach(() => opened.splice(0).forEach((ws) => ws.dispose()));

function generate(seed: number) {
  const ws = testWorkstation();
  opened.push(ws);
  const until = Date.parse('2026-11-20T10:00:00+08:00');
  const report = generateFixtures(ws, ws.clock.set, { units: 40, applications: 90, seed, until });
  const rows = ws.work.sqlite
    .prepare('SELECT u.name, u.handler_name, a.site_name, a.en_domain, a.state, a.version, a.submitted_at FROM applications a JOIN units u ON u.id = a.unit_id ORDER BY u.name, a.site_name, a.version')
    .all();
  return { ws, report, rows };
}

describe('fixtures', () => {
  it('are the same for the same seed and different for another', () => {
    const a = generate(7);
    const b = generate(7);
    const c = generate(8);
    expect(a.rows).toEqual(b.rows);
    expect(a.rows).not.toEqual(c.rows);
    expect(a.report).toMatchObject({ units: 40, applications: 90 });
  });

  it('spread over two years with drafts and amendments, and pass the database check', () => {
    const { ws, report, rows } = generate(3);
    const dates = (rows as { submitted_at: string | null }[]).map((r) => r.submitted_at).filter(Boolean).sort() as string[];
    expect(dates[0] < '2025-06-01').toBe(true);
    expect(dates.at(-1)! <= '2026-11-20T02:00:00.000Z').toBe(true);
    expect(report.drafts).toBeGreaterThan(0);
    expect(report.amendments).toBeGreaterThan(0);
    expect(checkDatabase(ws.work, ws.journal).ok).toBe(true);
  });
});
