import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { AppError } from '../../shared/api/errors';
import type { BadgeView, Page } from '../../shared/api/types';
import { transition, type ApplicationState } from '../../shared/applications/workflow';
import type { SiteCheck } from '../../shared/badges/check';
import { badgeCode } from '../../shared/badges/code';
import { badgeRegionNumbers } from '../../shared/badges/regions';
import { renderTemplate } from '../../shared/notices/templates';
import { nextCounter } from '../db/counters';
import type { WorkDb } from '../db/open';
import { applications, badges, units } from '../db/schema';
import type { Journal } from '../journal/journal';
import type { NoticesService } from '../notices/service';
import type { SettingsService } from '../settings/service';
import { listBadges, type BadgeFilter } from './list';
import { checkPages, type PageFile } from './pages';

/**
 * 网站标识: codes issued for approved sites, the snippet, and 挂标检测 whose passing moves a site to 已挂标.
 *
 * Codes issued here must not clash with another workstation's: the organisation number (8 digits) is this
 * workstation's 4-digit issuer number (from its id) followed by its own 4-digit sequence; every site of a unit keeps
 * the unit's organisation number and counts up SSSS. A code arriving from the online platform is CONAC's and is
 * recorded verbatim; the unique index on the code refuses a clash (docs/identifiers.md).
 */
export class BadgesService {
  constructor(
    private readonly work: WorkDb,
    private readonly journal: Journal,
    private readonly settings: SettingsService,
    private readonly notices: NoticesService,
  ) {}

  list(filter: BadgeFilter): Page<BadgeView> {
    return listBadges(this.work.sqlite, filter, this.settings.get().badgeScriptBase);
  }

  /** Issues (or reissues) the badge of each approved site; all or nothing. */
  issue(actor: string, applicationIds: string[]): { issued: string[] } {
    // Codes decided earlier in this batch, by unit: they are projected only after the whole batch is decided.
    const decided = new Map<string, string[]>();
    const events = this.journal.record(actor, () =>
      applicationIds.flatMap((applicationId) => {
        const application = this.work.db.select().from(applications).where(eq(applications.id, applicationId)).get();
        if (!application) throw new AppError('NOT_FOUND', '该申请不存在。');
        const existing = this.work.db.select().from(badges).where(eq(badges.applicationId, applicationId)).get();
        const state = application.state as ApplicationState;
        if (existing?.source === 'platform') throw new AppError('CONFLICT', `“${application.siteName}”已有在线平台送达的中央网信办标识编码（以其为准），不能在本机重新发放。`);
        // A reissue (new code for a site already holding one) keeps the state; a first issue moves it.
        const next = existing && state === 'badgeIssued' ? state : transition(state, 'issueBadge');
        if (typeof next !== 'string' && !next.ok) throw new AppError('CONFLICT', `“${application.siteName}”：${next.message}`);
        const unit = this.work.db.select().from(units).where(eq(units.id, application.unitId)).get()!;
        const code = this.nextCode(application.unitId, application.regionCode, existing?.code ?? null, decided.get(application.unitId) ?? []);
        decided.set(application.unitId, [...(decided.get(application.unitId) ?? []), code]);
        const issued = {
          type: 'BadgeIssued' as const,
          aggregateId: applicationId,
          payload: {
            applicationId,
            unitId: application.unitId,
            code,
            verificationId: randomBytes(16).toString('hex').toUpperCase(),
            color: unit.creditCode.startsWith('12') ? ('blue' as const) : ('red' as const),
            source: 'workstation' as const,
            nextState: typeof next === 'string' ? next : next.next,
          },
        };
        const facts = { 单位名称: application.unitName, 网站名称: application.siteName, 申请序号: application.serialNo ?? '', 标识编号: code };
        const texts = this.notices.texts((templates, channel) => renderTemplate(templates.badgeIssued[channel], facts));
        return [issued, ...this.notices.queue(application, 'badgeIssued', texts)];
      }),
    );
    return { issued: events.filter((e) => e.type === 'BadgeIssued').map((e) => e.aggregateId) };
  }

  /** 挂标检测 of a site's pages, recorded; every page passing moves a 已发放标识 site to 已挂标. */
  check(actor: string, applicationId: string, pages: PageFile[]): SiteCheck {
    const badge = this.work.db.select().from(badges).where(eq(badges.applicationId, applicationId)).get();
    if (!badge) throw new AppError('CONFLICT', '该网站尚未发放标识。');
    const report = checkPages(pages, { code: badge.code, verificationId: badge.verificationId });
    this.journal.record(actor, () => {
      const application = this.work.db.select().from(applications).where(eq(applications.id, applicationId)).get()!;
      const state = application.state as ApplicationState;
      const moved = report.passed && state === 'badgeIssued' ? transition(state, 'installBadge') : null;
      const failures = report.pages.filter((p) => p.status !== 'present' && p.status !== 'skipped').slice(0, 200).map((p) => ({ page: p.page, status: p.status }));
      return [
        {
          type: 'BadgeChecked',
          aggregateId: applicationId,
          payload: { applicationId, code: badge.code, pages: report.pages.length, failures, passed: report.passed, nextState: moved?.ok ? moved.next : state },
        },
      ];
    });
    return report;
  }

  /** The next code for a unit's site: its organisation number (or a new one), and its next site sequence. */
  private nextCode(unitId: string, regionCode: string, replacing: string | null, decided: string[]): string {
    const numbers = badgeRegionNumbers(regionCode, this.settings.get().badgeRegions);
    const held = [...this.work.db.select({ code: badges.code }).from(badges).where(eq(badges.unitId, unitId)).all().map((b) => b.code), ...decided];
    const org = held[0]?.slice(11, 19) ?? `${this.issuerNumber()}${String(nextCounter(this.work.sqlite, 'badge-org')).padStart(4, '0')}`;
    const used = new Set(held.filter((c) => c !== replacing).map((c) => c.slice(19)));
    let seq = held.length;
    let code: string;
    do {
      seq++;
      code = badgeCode({ pp: numbers.pp, ccc: numbers.ccc, dddd: numbers.dddd, org, seq: String(seq).padStart(4, '0') });
    } while (used.has(code.slice(19)) || decided.includes(code) || this.work.db.select().from(badges).where(eq(badges.code, code)).get());
    return code;
  }

  /** 1000–9999 from this workstation's id: the first four digits of the organisation numbers it hands out. */
  private issuerNumber(): string {
    return String((parseInt(this.journal.workstationId.replace(/-/g, '').slice(0, 8), 16) % 9000) + 1000);
  }
}
