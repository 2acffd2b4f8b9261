import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SHARED_PROJECTION_TABLES, stateHash } from '../../src/main/journal/projections';
import { ScanStore } from '../../src/main/scans/store';
import { openWorkstation, type Workstation } from '../../src/main/workstation';
import type { NewEvent } from '../../src/shared/events/events';
import { silentLog } from '../helpers/workstation';
import { WUHAN_EDUCATION, WUHAN_EDUCATION_SITE } from '../helpers/samples';
import { applicationDataSchema } from '../../src/shared/applications/application';

const CITIES = ['420100', '420200', '420300', '420500', '420600', '420700', '420800', '420900', '421000', '421100'];
const BODIES = ['教育局', '卫生健康委员会', '交通运输局', '生态环境局', '市场监督管理局', '统计局', '档案馆', '自然资源和规划局'];

async function workstation(name: string, regionCode: string, username: string): Promise<{ ws: Workstation; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ws-bench-sync-'));
  const ws = openWorkstation({ dataDir: dir, host: 'cli', log: silentLog });
  await ws.accounts.initialize({ workstationName: name, regionCode, admin: { username, displayName: username, password: 'Bench2026abc' } });
  return { ws, dir };
}

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

async function timedAsync<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await run();
  return { result, ms: performance.now() - start };
}

function line(label: string, ms: number, extra = ''): void {
  console.log(`${label.padEnd(46)} ${ms.toFixed(0).padStart(7)} ms${extra ? `  ${extra}` : ''}`);
}

/**
 * The source's journal: units, applications, their 初审 and the notices each queues — about `total` events — plus
 * `files` scans of `fileKb` KB attached to applications. Recorded through the journal in batches, as imports would.
 */
function populate(ws: Workstation, store: ScanStore, total: number, files: number, fileKb: number): void {
  const site = applicationDataSchema.parse(WUHAN_EDUCATION_SITE);
  const unitIds: string[] = [];
  const batch: NewEvent[] = [];
  const flush = () => {
    if (batch.length) ws.journal.record('bench', () => batch.splice(0));
  };
  const push = (event: NewEvent) => {
    batch.push(event);
    if (batch.length >= 1000) flush();
  };
  const units = Math.round(total / 10);
  for (let i = 0; i < units; i++) {
    const unitId = randomUUID();
    unitIds.push(unitId);
    const regionCode = CITIES[i % CITIES.length];
    push({
      type: 'UnitRegistered',
      aggregateId: unitId,
      payload: {
        unitId,
        registeredAt: new Date().toISOString(),
        account: `${regionCode}-${String(i).padStart(5, '0')}-B`,
        regionCode,
        regionLevel: 'municipal',
        name: `${BODIES[i % BODIES.length]}${i}`,
        systemCategory: 'government',
        superiorUnit: WUHAN_EDUCATION.superiorUnit,
        address: WUHAN_EDUCATION.address,
        postcode: WUHAN_EDUCATION.postcode,
        functions: WUHAN_EDUCATION.functions,
        creditCode: '',
        head: { name: '王建国', idNumber: '' },
        handler: { ...WUHAN_EDUCATION.handler, idNumber: '' },
      },
    });
  }
  let applications = 0;
  let attached = 0;
  for (let count = units; count < total; applications++) {
    const applicationId = randomUUID();
    const unitId = unitIds[applications % unitIds.length];
    push({ type: 'ApplicationSubmitted', aggregateId: applicationId, payload: { applicationId, unitId, serialNo: `20261128-420100-${String(applications).padStart(6, '0')}-B`, version: 1, data: { ...site, siteName: `门户网站${applications}` }, cnDomainAscii: '', submittedAt: new Date().toISOString() } });
    push({ type: 'InitialReviewDecided', aggregateId: applicationId, payload: { applicationId, version: 1, decision: 'pass', reasons: [], note: '', nextState: 'awaitingPaper', notice: '' } });
    push({ type: 'NoticeQueued', aggregateId: applicationId, payload: { noticeId: randomUUID(), applicationId, trigger: 'initialPass', channel: 'sms', recipient: '13800271234', text: '您的网站开办申请已通过初审，请于 10 个工作日内报送书面材料。' } });
    count += 3;
    if (attached < files) {
      flush();
      const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(fileKb * 1024 - 9)]);
      push({ type: 'ScanAttached', aggregateId: applicationId, payload: { applicationId, sha256: store.put(bytes), mediaType: 'application/pdf', size: bytes.length, fileName: `申请函${attached}.pdf` } });
      attached++;
      count++;
    }
  }
  flush();
}

/** The same event rows inserted by plain better-sqlite3 into a fresh file with the events table and its indexes. */
function rawInsert(source: Workstation): number {
  const dir = mkdtempSync(join(tmpdir(), 'ws-bench-raw-'));
  const db = new Database(join(dir, 'raw.db'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    const ddl = source.work.sqlite.prepare("SELECT sql FROM sqlite_master WHERE tbl_name = 'events' AND sql IS NOT NULL").pluck().all() as string[];
    for (const statement of ddl) db.exec(statement);
    const rows = source.work.sqlite.prepare("SELECT * FROM events WHERE type NOT IN ('WorkstationInitialized', 'UserCreated', 'SettingsChanged')").all() as Record<string, unknown>[];
    const insert = db.prepare('INSERT INTO events (id, hlc, workstation_id, seq, actor, aggregate_id, type, version, payload, prev_hash, hash) VALUES (@id, @hlc, @workstation_id, @seq, @actor, @aggregate_id, @type, @version, @payload, @prev_hash, @hash)');
    const { ms } = timed(() => db.transaction(() => rows.forEach((row) => insert.run(row)))());
    line(`raw better-sqlite3 insert of the ${rows.length.toLocaleString('en')} rows`, ms, `(${Math.round((rows.length / ms) * 1000).toLocaleString('en')} rows/s)`);
    return ms;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `npm run bench -- sync [events] [attachments] [KB]`: export and import of 100k events and 1k attachments of 200 KB
 * between two workstations on real files, each phase timed, against raw inserts of the same rows in the same run.
 */
export async function syncBench(args: string[]): Promise<void> {
  const total = Number(args[0] ?? 100_000);
  const files = Number(args[1] ?? 1000);
  const fileKb = Number(args[2] ?? 200);
  const source = await workstation('武汉市委编办审核机', '420100', 'chenjing');
  const target = await workstation('湖北省委编办审核一号机', '420000', 'zhangwei');
  try {
    for (const [a, b] of [[source.ws, target.ws], [target.ws, source.ws]]) a.peers.add('cli', { content: JSON.stringify(b.peers.identity()), name: b.peers.identity().name, kind: 'workstation' });
    const populated = timed(() => populate(source.ws, new ScanStore(source.dir), total, files, fileKb));
    const events = source.ws.journal.count();
    console.log(`sync benchmark: ${events.toLocaleString('en')} events in the source journal, ${files} attachments of ${fileKb} KB (populated in ${(populated.ms / 1000).toFixed(1)} s)`);

    const file = join(source.dir, 'bench.wssb');
    const exported = timed(() => source.ws.sync.export('cli', { peerId: target.ws.journal.workstationId, full: false, file }));
    const mb = statSync(file).size / 1024 ** 2;
    line('export (read, gzip, encrypt, sign, write)', exported.ms, `${exported.result.events.toLocaleString('en')} events, ${exported.result.attachments} attachments, ${mb.toFixed(1)} MiB, ${(mb / (exported.ms / 1000)).toFixed(0)} MiB/s`);

    const dryRun = timed(() => target.ws.sync.verify(file));
    line('preview with conflicts (bundle verify: dry run)', dryRun.ms, `${dryRun.result.conflicts?.length ?? 0} conflicts`);
    const verified = timed(() => target.ws.sync.verify(file, { conflicts: false }));
    line('import: verify (as bundle import does)', verified.ms, `${verified.result.newEvents.toLocaleString('en')} new events`);
    const imported = await timedAsync(() => target.ws.sync.import('cli', file, { confirmed: false }));
    line('import: backup + apply (one transaction)', imported.ms, `${Math.round((imported.result.applied / imported.ms) * 1000).toLocaleString('en')} events/s`);
    const rawMs = rawInsert(source.ws);
    const importMs = verified.ms + imported.ms;
    line('import total', importMs, `${Math.round((imported.result.applied / importMs) * 1000).toLocaleString('en')} events/s, ${(mb / (importMs / 1000)).toFixed(0)} MiB/s`);
    console.log(`ratio raw insert / import apply:  ${((rawMs / imported.ms) * 100).toFixed(0)}%   raw insert / whole import: ${((rawMs / importMs) * 100).toFixed(0)}%   (target ≥ 50%)`);
    const equal = stateHash(source.ws.work, SHARED_PROJECTION_TABLES) === stateHash(target.ws.work, SHARED_PROJECTION_TABLES);
    console.log(`shared state equal after import: ${equal ? 'yes' : 'NO'}`);
  } finally {
    for (const { ws, dir } of [source, target]) {
      ws.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
