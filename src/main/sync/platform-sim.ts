import { randomBytes } from 'node:crypto';
import { badgeCode } from '../../shared/badges/code';
import { badgeRegionNumbers } from '../../shared/badges/regions';
import { applicationDataSchema } from '../../shared/applications/application';
import type { NewEvent } from '../../shared/events/events';
import { CENTRAL_REGION_CODE } from '../../shared/regions/regions';
import { nextCounter } from '../db/counters';
import { generateFixtures } from '../fixtures/generate';
import type { Workstation } from '../workstation';

export const PLATFORM_NAME = '党政机关网站审核管理平台（模拟）';
/** The actor of everything the simulated platform records: units act online, not as users of a workstation. */
const ACTOR = 'platform';

export interface PlatformRound {
  receipts: number;
  conacReviews: number;
  amendments: number;
  units: number;
  applications: number;
}

/** Sets a data directory up as the simulated online platform: its own identity, journal and clock. */
export async function initPlatform(ws: Workstation): Promise<void> {
  ws.peers.markAsPlatform();
  if (ws.accounts.setupStatus().initialized) return;
  await ws.accounts.initialize({
    workstationName: PLATFORM_NAME,
    regionCode: CENTRAL_REGION_CODE,
    // Nobody signs in to the simulation; the account exists because every data directory has an admin.
    admin: { username: 'platform', displayName: '在线平台', password: `${randomBytes(12).toString('base64url')}Aa1` },
  });
}

/**
 * One round of the online platform's work, as a bundle to the workstation will carry it: receipts for the notices it
 * has sent, CONAC's 复审 and badge code for sites the workstation approved, the units' amendments to applications the
 * workstation rejected at 初审, and new registrations with their applications (inside the workstation's region).
 */
export function platformRound(ws: Workstation, options: { regionCode: string; units: number; applications: number; seed: number; now: () => number; setClock(ms: number): void }): PlatformRound {
  const { sqlite } = ws.work;
  const sentAt = new Date(options.now()).toISOString();
  const pending = sqlite.prepare("SELECT id FROM notices WHERE state = 'pending' ORDER BY queued_at").pluck().all() as string[];
  ws.journal.record(ACTOR, () => pending.map((noticeId): NewEvent => ({ type: 'NoticeSent', aggregateId: noticeId, payload: { noticeId, sentAt } })));

  const approved = sqlite
    .prepare(
      `SELECT a.id, a.unit_id AS unitId, a.region_code AS regionCode, a.state, u.credit_code AS creditCode
       FROM applications a JOIN units u ON u.id = a.unit_id LEFT JOIN badges b ON b.application_id = a.id
       WHERE (a.state = 'approved' OR (a.state = 'badgeIssued' AND b.source = 'workstation')) ORDER BY a.approved_at, a.id`,
    )
    .all() as { id: string; unitId: string; regionCode: string; state: string; creditCode: string }[];
  ws.journal.record(ACTOR, () =>
    approved.flatMap((site): NewEvent[] => {
      const numbers = badgeRegionNumbers(site.regionCode, []);
      // CONAC's organisation numbers start with 0: the workstations' start with their issuer number, 1000–9999.
      const org = `0${String(nextCounter(sqlite, 'conac-org')).padStart(7, '0')}`;
      const code = badgeCode({ pp: numbers.pp, ccc: numbers.ccc, dddd: numbers.dddd, org, seq: '0001' });
      return [
        { type: 'ConacReviewed', aggregateId: site.id, payload: { applicationId: site.id, passed: true, note: '', reviewedAt: sentAt } },
        {
          type: 'BadgeIssued',
          aggregateId: site.id,
          payload: {
            applicationId: site.id,
            unitId: site.unitId,
            code,
            verificationId: randomBytes(16).toString('hex').toUpperCase(),
            color: site.creditCode.startsWith('12') ? 'blue' : 'red',
            source: 'platform',
            nextState: 'badgeIssued',
          },
        },
      ];
    }),
  );

  const rejected = sqlite
    .prepare(
      `SELECT a.id, a.unit_id AS unitId, a.version, v.data FROM applications a
       JOIN application_versions v ON v.application_id = a.id AND v.version = a.version
       WHERE a.state = 'initialRejected' ORDER BY a.id`,
    )
    .all() as { id: string; unitId: string; version: number; data: string }[];
  for (const app of rejected) {
    const data = applicationDataSchema.parse(JSON.parse(app.data));
    ws.applications.submit(ACTOR, { applicationId: app.id, unitId: app.unitId, data: { ...data, siteIntro: `${data.siteIntro}（已按初审意见修改）` }, expectedVersion: app.version });
  }

  const report = options.units
    ? generateFixtures(ws, options.setClock, { units: options.units, applications: options.applications, seed: options.seed, until: options.now(), scope: options.regionCode, days: 7, submissionsOnly: true })
    : { units: 0, applications: 0 };
  return { receipts: pending.length, conacReviews: approved.length, amendments: rejected.length, units: report.units, applications: report.applications };
}
