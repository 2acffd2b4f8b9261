/**
 * Writes what the online platform's team builds from: the JSON Schemas of a bundle's manifest and of every event that
 * travels (docs/schemas/), and one real example of each such event (docs/bundle-events.md), taken from a scenario run
 * through the real services on two throwaway workstations. `npm run bundle-docs`; a test keeps them current.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rowToEvent, type EventRow } from '../src/main/journal/journal';
import { openWorkstation, type Workstation } from '../src/main/workstation';
import { bundleSchemas } from '../src/main/sync/schemas';
import { PLATFORM_NAME, platformRound } from '../src/main/sync/platform-sim';
import { applicationDataSchema } from '../src/shared/applications/application';
import { badgeSnippet } from '../src/shared/badges/code';
import { EVENT_TYPE_LABELS, type EventType } from '../src/shared/events/events';
import { EVENT_REACH } from '../src/shared/sync/bundle';
import { unitInputSchema } from '../src/shared/units/unit';
import { WUHAN_EDUCATION, WUHAN_EDUCATION_SITE } from '../tests/helpers/samples';

const REACH_WORDS = { network: '工作站之间', platform: '工作站之间及在线平台' } as const;

async function workstation(name: string, regionCode: string, username: string, start: number): Promise<{ ws: Workstation; dir: string; tick: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-docs-'));
  let now = start;
  const ws = openWorkstation({ dataDir: dir, host: 'cli', now: () => now, log: { info: () => undefined, warn: () => undefined, error: () => undefined } });
  await ws.accounts.initialize({ workstationName: name, regionCode, admin: { username, displayName: username, password: 'Docs2026abcd' } });
  return { ws, dir, tick: () => void (now += 60_000) };
}

/** Every event type that travels, recorded by the services the way the screens record them. */
async function scenario(): Promise<{ events: Map<EventType, unknown>; cleanup: () => void }> {
  const start = Date.parse('2026-11-23T09:00:00+08:00');
  const hubei = await workstation('湖北省委编办审核一号机', '420000', 'zhangwei', start);
  const wuhan = await workstation('武汉市委编办审核机', '420100', 'chenjing', start + 30_000);
  const { ws } = hubei;
  const reviewer = ws.accounts.listUsers()[0].id;
  for (const [a, b] of [[hubei.ws, wuhan.ws], [wuhan.ws, hubei.ws]]) a.peers.add('cli', { content: JSON.stringify(b.peers.identity()), name: b.peers.identity().name, kind: 'workstation' });

  ws.deadlines.setDays(reviewer, [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }]);
  ws.deadlines.clearDays(reviewer, ['2027-01-01']);
  ws.reasons.save(reviewer, { code: 'icpMissing', label: '未提供 ICP 备案号', stage: 'initial', field: 'enDomain', retired: false });
  ws.notices.saveTemplate(reviewer, { trigger: 'initialPass', channel: 'sms', text: '【湖北省委编办】{单位名称}：您提交的“{网站名称}”已通过初审，请于 10 个工作日内报送书面材料。申请序号 {申请序号}。' });
  const unit = ws.units.create('clerk', unitInputSchema.parse(WUHAN_EDUCATION));
  hubei.tick();
  ws.units.update('clerk', unit.id, unitInputSchema.parse({ ...WUHAN_EDUCATION, address: '湖北省武汉市江岸区沿江大道 190 号' }));
  const site = applicationDataSchema.parse(WUHAN_EDUCATION_SITE);
  const draft = ws.applications.saveDraft('clerk', { applicationId: null, unitId: unit.id, draft: { ...site, siteName: '武汉教育云' } });
  ws.applications.discardDraft('clerk', draft.applicationId);
  const { applicationId } = ws.applications.submit('clerk', { applicationId: null, unitId: unit.id, data: site, expectedVersion: 0 });
  hubei.tick();
  ws.review.decideInitial(reviewer, { applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
  hubei.tick();
  await ws.scans.attach('clerk', applicationId, '申请函（盖章）.pdf', Buffer.from('%PDF-1.4\n% 武汉市教育局关于开办网站的申请函\n%%EOF\n'));
  const codes = ws.paper.open(applicationId).checklist.map((item) => item.code);
  ws.paper.checkIn('clerk', { applicationId, expectedVersion: 1, present: codes, receivedOn: '2026-11-23', channel: 'post', trackingNo: 'SF1402938475612', note: '' });
  hubei.tick();
  ws.review.decideFinal(reviewer, { applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
  hubei.tick();
  ws.badges.issue(reviewer, [applicationId]);
  const code = ws.work.sqlite.prepare('SELECT code FROM badges WHERE application_id = ?').pluck().get(applicationId) as string;
  ws.badges.check(reviewer, applicationId, [{ name: 'index.html', bytes: Buffer.from(`<html><body><p>武汉市教育局</p>${badgeSnippet(code)}</body></html>`) }]);
  hubei.tick();
  ws.listingPublisher.publish(reviewer);
  hubei.tick();
  ws.closure.close(reviewer, 'revoke', { applicationId, expectedState: 'listed', reason: '网站已关停并入市政府门户网站' });
  const second = ws.applications.submit('clerk', { applicationId: null, unitId: unit.id, data: { ...site, siteName: '武汉市教育局政务微网站', cnDomain: '武汉教育微网站.政务', enDomain: 'm.jyj.wuhan.gov.cn' }, expectedVersion: 0 });
  hubei.tick();
  ws.closure.close('clerk', 'withdraw', { applicationId: second.applicationId, expectedState: 'submitted', reason: '单位来函撤回申请' });

  // A conflict: both workstations decide the same application while apart.
  const third = ws.applications.submit('clerk', { applicationId: null, unitId: unit.id, data: { ...site, siteName: '武汉市教育招生考试网', cnDomain: '武汉教育考试.政务', enDomain: 'zsks.wuhan.gov.cn' }, expectedVersion: 0 });
  const file = join(hubei.dir, 'to-wuhan.wssb');
  ws.sync.export('cli', { peerId: wuhan.ws.journal.workstationId, full: false, file });
  await wuhan.ws.sync.import('cli', file, { confirmed: false });
  hubei.tick();
  wuhan.tick();
  wuhan.tick();
  ws.review.decideInitial(reviewer, { applicationId: third.applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
  wuhan.ws.review.decideInitial('cli', { applicationId: third.applicationId, expectedVersion: 1, decision: 'reject', reasons: [{ code: 'domainRules', field: 'cnDomain', note: '' }], note: '' });
  const back = join(wuhan.dir, 'to-hubei.wssb');
  wuhan.ws.sync.export('cli', { peerId: ws.journal.workstationId, full: false, file: back });
  await ws.sync.import('cli', back, { confirmed: false });
  hubei.tick();
  const conflict = ws.sync.conflicts().find((c) => c.eventType === 'InitialReviewDecided')!;
  ws.sync.resolveConflict(reviewer, { eventId: conflict.eventId, note: '已与武汉市委编办电话核实，以初审通过为准' });

  // The online platform: an approved site gets CONAC's 复审 and code, and the notices their receipts.
  const platform = await workstation(PLATFORM_NAME, '100000', 'platform', start + 45_000);
  platform.ws.peers.add('cli', { content: JSON.stringify(ws.peers.identity()), name: '湖北省委编办', kind: 'workstation' });
  ws.peers.add('cli', { content: JSON.stringify(platform.ws.peers.identity()), name: '在线平台', kind: 'platform' });
  const fourth = ws.applications.submit('clerk', { applicationId: null, unitId: unit.id, data: { ...site, siteName: '武汉市教育局信息公开网', cnDomain: '武汉教育公开.政务', enDomain: 'xxgk.jyj.wuhan.gov.cn' }, expectedVersion: 0 });
  hubei.tick();
  ws.review.decideInitial(reviewer, { applicationId: fourth.applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
  ws.paper.checkIn('clerk', { applicationId: fourth.applicationId, expectedVersion: 1, present: codes, receivedOn: '2026-11-23', channel: 'counter', trackingNo: '', note: '' });
  ws.review.decideFinal(reviewer, { applicationId: fourth.applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
  const toPlatform = join(hubei.dir, 'to-platform.wssb');
  ws.sync.export('cli', { peerId: platform.ws.journal.workstationId, full: false, file: toPlatform });
  await platform.ws.sync.import('cli', toPlatform, { confirmed: false });
  platform.tick();
  platformRound(platform.ws, { regionCode: '420100', units: 0, applications: 0, seed: 1, now: () => start + 600_000, setClock: () => undefined });
  const fromPlatform = join(platform.dir, 'to-hubei.wssb');
  platform.ws.sync.export('cli', { peerId: ws.journal.workstationId, full: false, file: fromPlatform });
  await ws.sync.import('cli', fromPlatform, { confirmed: false });

  const events = new Map<EventType, unknown>();
  const rows = ws.work.sqlite.prepare('SELECT * FROM events ORDER BY hlc').all() as EventRow[];
  for (const event of rows.map(rowToEvent)) {
    if (EVENT_REACH[event.type] === 'workstation' || events.has(event.type)) continue;
    events.set(event.type, event);
  }
  return {
    events,
    cleanup: () => {
      for (const { ws: w, dir } of [hubei, wuhan, platform]) {
        w.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

const { events, cleanup } = await scenario();
try {
  const missing = (Object.keys(EVENT_REACH) as EventType[]).filter((type) => EVENT_REACH[type] !== 'workstation' && !events.has(type));
  if (missing.length) throw new Error(`the scenario recorded no ${missing.join(', ')}`);
  mkdirSync('docs/schemas', { recursive: true });
  const schemas = bundleSchemas();
  writeFileSync('docs/schemas/bundle-manifest.schema.json', `${JSON.stringify(schemas.manifest, null, 2)}\n`);
  writeFileSync('docs/schemas/bundle-event.schema.json', `${JSON.stringify(schemas.event, null, 2)}\n`);
  const sections = (Object.keys(EVENT_REACH) as EventType[])
    .filter((type) => EVENT_REACH[type] !== 'workstation')
    .map((type) => `## ${type} — ${EVENT_TYPE_LABELS[type]}\n\n去向：${REACH_WORDS[EVENT_REACH[type] as keyof typeof REACH_WORDS]}\n\n\`\`\`json\n${JSON.stringify(events.get(type), null, 2)}\n\`\`\`\n`);
  writeFileSync(
    'docs/bundle-events.md',
    `# 同步包中的事件：每种一例 / One example of every event that travels\n\n` +
      `由 \`npm run bundle-docs\` 用真实服务在两台临时工作站上跑一遍业务后生成，与 \`docs/schemas/bundle-event.schema.json\` 一致（测试校验）。\n` +
      `格式说明见 [bundle-format.md](bundle-format.md)。身份证号在 \`payload\` 中为 \`pd2:<工作站>:…\` 密文，解密方法见该文档。\n\n` +
      sections.join('\n'),
  );
  console.log(`wrote docs/schemas/*.schema.json and docs/bundle-events.md (${events.size} event types)`);
} finally {
  cleanup();
}
