import type Database from 'better-sqlite3';
import dayjs from 'dayjs';
import type { DashboardSummary } from '../../shared/api/types';
import { applicationQuerySchema } from '../../shared/applications/query';
import type { ApplicationState } from '../../shared/applications/workflow';
import { CENTRAL_REGION_CODE, pickableChildren, topRegions } from '../../shared/regions/regions';
import type { ApplicationsReader } from '../applications/reader';
import { regionPrefixGlob } from '../query/region';

const WEEKS = 12;

/** 工作台 figures: counts by state and region, the overdue list and weekly throughput. */
export class DashboardService {
  constructor(
    private readonly sqlite: Database.Database,
    private readonly reader: ApplicationsReader,
    private readonly scope: () => string | null,
    private readonly now: () => number = Date.now,
  ) {}

  summary(): DashboardSummary {
    const byState = Object.fromEntries(
      (this.sqlite.prepare('SELECT state, count(*) AS n FROM applications GROUP BY state').all() as { state: ApplicationState; n: number }[]).map(
        (r) => [r.state, r.n],
      ),
    );
    const overdue = this.reader.query(applicationQuerySchema.parse({ overdue: true, sort: { column: 'submittedAt', direction: 'asc' }, pageSize: 10 }));
    return { byState, byRegion: this.byRegion(), overdue: overdue.rows, overdueTotal: overdue.total, weekly: this.weekly() };
  }

  private byRegion(): DashboardSummary['byRegion'] {
    const scope = this.scope();
    const regions = !scope || scope === CENTRAL_REGION_CODE ? topRegions : pickableChildren(scope);
    const count = this.sqlite.prepare(
      `SELECT count(*) AS total, sum(state = 'submitted') AS waiting FROM applications WHERE region_code GLOB ?`,
    );
    return regions
      .map((region) => {
        const row = count.get(regionPrefixGlob(region.code)) as { total: number; waiting: number | null };
        return { regionCode: region.code, name: region.name, total: row.total, waiting: row.waiting ?? 0 };
      })
      .filter((r) => r.total > 0)
      .sort((a, b) => b.total - a.total);
  }

  private weekly(): DashboardSummary['weekly'] {
    const monday = dayjs(this.now()).startOf('day').subtract((dayjs(this.now()).day() + 6) % 7, 'day');
    const weeks = Array.from({ length: WEEKS }, (_, i) => monday.subtract(WEEKS - 1 - i, 'week'));
    const from = weeks[0].toISOString();
    const bucket = (iso: string) => Math.floor(dayjs(iso).diff(weeks[0], 'day') / 7);
    const submitted = new Array(WEEKS).fill(0);
    const decided = new Array(WEEKS).fill(0);
    for (const { at } of this.sqlite.prepare('SELECT submitted_at AS at FROM application_versions WHERE submitted_at >= ?').all(from) as { at: string }[]) {
      submitted[bucket(at)]++;
    }
    for (const { at } of this.sqlite.prepare('SELECT decided_at AS at FROM review_decisions WHERE decided_at >= ?').all(from) as { at: string }[]) {
      decided[bucket(at)]++;
    }
    return weeks.map((week, i) => ({ week: week.format('M月D日'), submitted: submitted[i], decided: decided[i] }));
  }
}
