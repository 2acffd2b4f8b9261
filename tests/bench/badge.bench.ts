import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPages } from '../../src/main/badges/pages';
import { ListingService } from '../../src/main/listing/service';
import { openWorkstation } from '../../src/main/workstation';
import { topRegions } from '../../src/shared/regions/regions';
import { CODE, page, snippet } from '../helpers/sites';
import { silentLog } from '../helpers/workstation';

function timed<T>(label: string, runs: number, run: () => T): T {
  run();
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} p50 ${times[Math.floor(runs / 2)].toFixed(2).padStart(7)} ms   p95 ${times[Math.floor(runs * 0.95)].toFixed(2).padStart(7)} ms`);
  return result;
}

/**
 * `npm run bench -- badge`: 挂标检测 throughput on a generated 2,000-page site, and the 公示 listing queries with
 * 100,000 listed sites. The listing rows are written straight into the tables (a query benchmark; building them
 * through the journal would take minutes and measure the journal instead).
 */
export async function badgeBench(args: string[]): Promise<void> {
  const pageCount = Number(args[0] ?? 2000);
  const news = '<p>为深入贯彻落实全国教育大会精神，进一步推进我市基础教育优质均衡发展，现将有关事项通知如下。</p>'.repeat(40);
  const pages = Array.from({ length: pageCount }, (_, i) => ({
    name: `news/${i}.html`,
    bytes: Buffer.from(page(`新闻 ${i}`, i === pageCount - 1 ? '' : snippet()).replace('</div>\n<div class="footer">', `${news}</div>\n<div class="footer">`)),
  }));
  const bytes = pages.reduce((n, p) => n + p.bytes.length, 0);
  const started = performance.now();
  const report = checkPages(pages, { code: CODE });
  const ms = performance.now() - started;
  console.log(`checker: ${pageCount} pages (${(bytes / 1024 / 1024).toFixed(1)} MiB) in ${ms.toFixed(0)} ms — ${Math.round((pageCount / ms) * 1000)} pages/s; failing: ${report.pages.filter((p) => p.status !== 'present').length}`);

  const sites = Number(args[1] ?? 100_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'ws-bench-listing-'));
  const ws = openWorkstation({ dataDir, host: 'cli', log: silentLog });
  try {
    const provinces = topRegions.map((r) => r.code);
    const now = Date.now();
    ws.work.sqlite.transaction(() => {
      const unit = ws.work.sqlite.prepare(
        `INSERT INTO units (id, account, region_code, region_level, name, system_category, superior_unit, address, postcode, functions, credit_code,
           head_name, head_id_number, handler_name, handler_id_number, handler_phone, handler_phone_ext, handler_fax, handler_fax_ext, handler_mobile, handler_email, created_at, updated_at)
         VALUES (?, ?, ?, 'provincial', ?, 'government', '', '某市某路 1 号', '430000', '负责本地区相关工作。', '', '张三', '', '李四', '', '', '', '', '', '13800000000', 'a@b.gov.cn', ?, ?)`,
      );
      const application = ws.work.sqlite.prepare(
        `INSERT INTO applications (id, serial_no, unit_id, unit_name, region_code, system_category, state, kind, version, site_name, cn_domain, cn_domain_ascii, en_domain, red_page,
           submitted_at, last_submitted_at, state_since, approved_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'government', 'badgeInstalled', 'opening', 1, ?, '', '', '', 0, ?, ?, ?, ?, ?, ?)`,
      );
      const badge = ws.work.sqlite.prepare(
        `INSERT INTO badges (application_id, unit_id, code, verification_id, color, source, issued_at) VALUES (?, ?, ?, ?, 'red', 'workstation', ?)`,
      );
      for (let i = 0; i < sites; i++) {
        const region = provinces[i % provinces.length];
        const at = new Date(now - i * 60_000).toISOString();
        const id = `s${i}`;
        unit.run(`u${i}`, `${region}-${i}`, region, `第${i}号单位`, at, at);
        application.run(id, `20260101-${region}-${String(i).padStart(6, '0')}`, `u${i}`, `第${i}号单位`, region, `第${i}号单位网`, at, at, at, at, at, at);
        badge.run(id, `u${i}`, `CA${String(i).padStart(21, '0')}`, i.toString(16).toUpperCase().padStart(32, '0'), at);
      }
    })();
    ws.work.sqlite.exec('ANALYZE');
    const listing = new ListingService(ws.work.sqlite, () => '420000');
    console.log(`\n公示 with ${sites.toLocaleString('en')} listed sites`);
    timed('regions with counts', 30, () => listing.regions());
    timed('湖北省, page 1', 60, () => listing.page({ regionCode: '420000', siteName: '', page: 1 }));
    timed('湖北省, last page', 60, () => listing.page({ regionCode: '420000', siteName: '', page: Math.ceil(sites / provinces.length / 21) }));
    timed('湖北省, search "12号"', 60, () => listing.page({ regionCode: '420000', siteName: '12号', page: 1 }));
    timed('verification page', 60, () => listing.verification((sites - 1).toString(16).toUpperCase().padStart(32, '0')));
  } finally {
    ws.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
