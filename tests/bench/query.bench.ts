import { existsSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateFixtures } from '../../src/main/fixtures/generate';
import { openWorkstation, type Workstation } from '../../src/main/workstation';
import { applicationQuerySchema, type ApplicationQueryInput } from '../../src/shared/applications/query';
import { silentLog } from '../helpers/workstation';

const RUNS = 60;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function measure(label: string, run: () => number): void {
  run();
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    rows = run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(46)} p50 ${percentile(times, 50).toFixed(2).padStart(7)} ms   p95 ${percentile(times, 95).toFixed(2).padStart(7)} ms   (${rows} matches)`,
  );
}

/** Bumped when the fixtures or the schema change, so a cached data set from older code is not reused. */
const DATA_SET_VERSION = 3;

/** The data set is generated once per size and seed and kept in the temp folder for later runs. */
export function dataSet(units: number, applications: number, seed: number): Workstation {
  const dataDir = join(tmpdir(), `ws-bench-query-v${DATA_SET_VERSION}-${units}-${applications}-${seed}`);
  const fresh = !existsSync(join(dataDir, 'workstation.db'));
  mkdirSync(dataDir, { recursive: true });
  let clock = Date.now();
  const ws = openWorkstation({ dataDir, host: 'cli', log: silentLog, now: () => clock });
  if (fresh) {
    const started = performance.now();
    generateFixtures(ws, (ms) => (clock = ms), { units, applications, seed, until: Date.now() });
    ws.work.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    ws.work.sqlite.exec('ANALYZE');
    console.log(`generated ${units.toLocaleString('en')} units and ${applications.toLocaleString('en')} applications in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  console.log(`data set: ${dataDir}`);
  return ws;
}

/**
 * `npm run bench -- query [units] [applications]`: the query screen on 30k units / 100k applications.
 * Target: p95 ≤ 20 ms for lists and filters, ≤ 30 ms for name search.
 */
export async function queryBench(args: string[]): Promise<void> {
  const units = Number(args[0] ?? 30_000);
  const applications = Number(args[1] ?? 100_000);
  const ws = dataSet(units, applications, 1);
  try {
    const q = (input: ApplicationQueryInput) => () => ws.applicationsReader.query(applicationQuerySchema.parse(input)).total;
    const sample = ws.work.sqlite.prepare("SELECT serial_no FROM applications WHERE serial_no IS NOT NULL LIMIT 1 OFFSET 5000").pluck().get() as string;
    const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString();
    const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString();

    console.log(`\nquery screen, ${ws.journal.count().toLocaleString('en')} events in the journal`);
    measure('default list page (newest first)', q({}));
    measure('page 200', q({ page: 200 }));
    measure('filter: state = 已提交', q({ states: ['submitted'] }));
    measure('filter: kind = 资格复核', q({ kinds: ['requalification'] }));
    measure('filter: 系统类别 = 法院', q({ systemCategories: ['court'] }));
    measure('filter: region = 湖北省 (and below)', q({ regionCode: '420000' }));
    measure('filter: region = 武汉市 (and below)', q({ regionCode: '420100' }));
    measure('filter: 申请时间 last 30 days', q({ submittedFrom: monthAgo }));
    measure('filter: 申请时间 one year, sorted by name', q({ submittedFrom: yearAgo, sort: { column: 'siteName', direction: 'asc' } }));
    measure('filters combined (湖北, 政府, 已提交, one year)', q({ regionCode: '420000', systemCategories: ['government'], states: ['submitted'], submittedFrom: yearAgo }));
    measure('queue: 待初审', q({ states: ['submitted'] }));
    measure('queue: 超期未办', q({ overdue: true }));
    measure('serial lookup (exact)', q({ serialNo: sample }));
    measure('serial prefix (one day)', q({ serialNo: sample.slice(0, 8) }));

    const names = ['教育', '教育局', '人力资源和社', '法院', '检察院网', '自治县人民政'];
    for (const name of names) measure(`name search "${name}" (${[...name].length} chars)`, q({ siteName: name }));

    console.log('\nthe same name searches as a plain LIKE scan, for comparison');
    const like = ws.work.sqlite.prepare(
      "SELECT count(*) FROM applications WHERE site_name LIKE ? ESCAPE '\\'",
    );
    const likePage = ws.work.sqlite.prepare(
      "SELECT id FROM applications WHERE site_name LIKE ? ESCAPE '\\' ORDER BY submitted_at DESC LIMIT 20",
    );
    for (const name of names) {
      measure(`LIKE scan "${name}" (${[...name].length} chars)`, () => {
        likePage.all(`%${name}%`);
        return like.pluck().get(`%${name}%`) as number;
      });
    }

    const size = statSync(ws.work.file).size;
    console.log(`\ndatabase file: ${(size / 1024 / 1024).toFixed(1)} MiB`);
  } finally {
    ws.close();
  }
}
