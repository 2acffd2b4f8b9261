import dayjs from 'dayjs';
import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { toASCII } from 'punycode/punycode.es6.js';
import { AppError } from '../../shared/api/errors';
import type { ApplicationDetail, ApplicationRow, ApplicationVersionView, ReviewDecisionView } from '../../shared/api/types';
import type { ApplicationData, ApplicationDraft } from '../../shared/applications/application';
import { applicationChecks, unitChecks, type Check } from '../../shared/applications/checks';
import { transition, type ApplicationState } from '../../shared/applications/workflow';
import { formatSerialNo, workstationTag } from '../../shared/ids';
import { todayIso } from '../../shared/validation/text';
import { nextCounter } from '../db/counters';
import type { WorkDb } from '../db/open';
import { applications, applicationVersions, reviewDecisions } from '../db/schema';
import { actorName, userNames } from '../audit/describe';
import type { DeadlinesService } from '../deadlines/service';
import type { Journal } from '../journal/journal';
import type { NoticesService } from '../notices/service';
import type { UnitsService } from '../units/service';
import { applicationHistory } from './history';
import type { ApplicationsReader } from './reader';
import type { PaperReader } from '../paper/reader';
import type { ScansService } from '../scans/service';

type ApplicationRecord = typeof applications.$inferSelect;

/** 申请: drafts entered at the workstation (代录入), submissions as immutable numbered versions, detail and checks. */
export class ApplicationsService {
  constructor(
    private readonly work: WorkDb,
    private readonly journal: Journal,
    private readonly units: UnitsService,
    private readonly reader: ApplicationsReader,
    private readonly deadlines: DeadlinesService,
    private readonly notices: NoticesService,
    private readonly paper: PaperReader,
    private readonly scans: ScansService,
    private readonly now: () => number = Date.now,
  ) {}

  /** Saves whatever was typed; creates the application on its first draft. */
  saveDraft(actor: string, input: { applicationId: string | null; unitId: string; draft: ApplicationDraft }): { applicationId: string } {
    const applicationId = input.applicationId ?? randomUUID();
    this.journal.record(actor, () => {
      this.units.viewOf(input.unitId);
      if (input.applicationId) this.requireEditable(this.requireOpen(input.applicationId, input.unitId));
      return [{ type: 'ApplicationDraftSaved', aggregateId: applicationId, payload: { applicationId, unitId: input.unitId, draft: input.draft } }];
    });
    return { applicationId };
  }

  /**
   * Submits a complete application: version 1 gets a new 申请序号; a later submission (amendment) is the next
   * version of the same serial. `expectedVersion` is the version the user was looking at: if someone else has
   * submitted since, the call is refused instead of silently stacking on top.
   */
  submit(
    actor: string,
    input: { applicationId: string | null; unitId: string; data: ApplicationData; expectedVersion: number },
  ): { applicationId: string; serialNo: string; version: number } {
    const applicationId = input.applicationId ?? randomUUID();
    const [event] = this.journal.record(actor, () => {
      const unit = this.units.viewOf(input.unitId);
      const existing = input.applicationId ? this.requireOpen(input.applicationId, input.unitId) : null;
      if (existing) this.requireEditable(existing);
      const current = existing?.version ?? 0;
      if (current !== input.expectedVersion) {
        throw new AppError(
          'CONFLICT',
          `该申请已由他人提交为第 ${current} 版（您看到的是第 ${input.expectedVersion} 版）；请重新打开申请，核对后再提交。`,
        );
      }
      const day = dayjs(this.now()).format('YYYYMMDD');
      const serialNo =
        existing?.serialNo ??
        formatSerialNo(day, unit.regionCode, nextCounter(this.work.sqlite, `serial-${day}`), workstationTag(this.journal.workstationId));
      return [
        {
          type: 'ApplicationSubmitted',
          aggregateId: applicationId,
          payload: {
            applicationId,
            unitId: input.unitId,
            serialNo,
            version: current + 1,
            data: input.data,
            cnDomainAscii: toASCII(input.data.cnDomain),
            submittedAt: new Date(this.now()).toISOString(),
          },
        },
      ];
    });
    if (event.type !== 'ApplicationSubmitted') throw new Error('unreachable');
    return { applicationId, serialNo: event.payload.serialNo, version: event.payload.version };
  }

  /** Drops the pending draft; an application never submitted disappears with it. */
  discardDraft(actor: string, applicationId: string): void {
    this.journal.record(actor, () => {
      const application = this.require(applicationId);
      if (!application.draft) throw new AppError('CONFLICT', '该申请没有未提交的草稿。');
      return [{ type: 'ApplicationDraftDiscarded', aggregateId: applicationId, payload: { applicationId } }];
    });
  }

  get(applicationId: string): ApplicationDetail {
    const application = this.require(applicationId);
    const versions = this.work.db
      .select()
      .from(applicationVersions)
      .where(eq(applicationVersions.applicationId, applicationId))
      .orderBy(applicationVersions.version)
      .all()
      .map((v) => ({ ...v, data: v.data as ApplicationVersionView['data'] }));
    const draft = (application.draft as ApplicationDraft | null) ?? null;
    const newest = draft ?? versions.at(-1)?.data ?? null;
    return {
      ...this.row(application),
      cnDomainAscii: application.cnDomainAscii,
      unit: this.units.viewOf(application.unitId),
      versions,
      draft,
      checks: newest ? this.check(application.unitId, applicationId, newest) : [],
      decisions: this.decisions(applicationId),
      history: applicationHistory(this.work.sqlite, applicationId),
      notices: this.notices.list({ applicationId, state: null, page: 1, pageSize: 50 }).rows,
      checkins: this.paper.ofApplication(applicationId),
      scans: this.scans.list(applicationId),
    };
  }

  /** The application as a list row, with its running deadline. */
  rowOf(applicationId: string): ApplicationRow {
    return this.row(this.require(applicationId));
  }

  private decisions(applicationId: string): ReviewDecisionView[] {
    const names = userNames(this.work.sqlite);
    return this.work.db
      .select()
      .from(reviewDecisions)
      .where(eq(reviewDecisions.applicationId, applicationId))
      .orderBy(reviewDecisions.decidedAt)
      .all()
      .map((d) => ({
        version: d.version,
        stage: d.stage as ReviewDecisionView['stage'],
        decision: d.decision as ReviewDecisionView['decision'],
        reasons: d.reasons as ReviewDecisionView['reasons'],
        note: d.note,
        notice: d.notice,
        decidedAt: d.decidedAt,
        decidedBy: actorName(names, d.decidedBy),
      }));
  }

  /** Automatic checks for an application as typed: the unit's, the application's, and names held elsewhere. */
  check(unitId: string, applicationId: string | null, draft: ApplicationDraft): Check[] {
    const facts = this.units.factsOf(unitId);
    let cnDomainAscii = '';
    try {
      cnDomainAscii = draft.cnDomain ? toASCII(draft.cnDomain.trim().toLowerCase()) : '';
    } catch {
      cnDomainAscii = '';
    }
    const duplicates = this.reader.duplicates(applicationId, unitId, {
      cnDomainAscii,
      enDomain: draft.enDomain.trim().toLowerCase(),
      siteName: draft.siteName,
    });
    return [...unitChecks(facts, todayIso(new Date(this.now()))), ...applicationChecks(draft, duplicates)];
  }

  /** A draft, or an application the state machine lets the unit resubmit (before review, or after a rejection). */
  private requireEditable(application: ApplicationRecord): void {
    const state = application.state as ApplicationState;
    const moved = transition(state, state === 'draft' ? 'submit' : 'resubmit');
    if (!moved.ok) throw new AppError('CONFLICT', `${moved.message}如需更改，请先撤回或联系审核员。`);
  }

  private requireOpen(applicationId: string, unitId: string): ApplicationRecord {
    const application = this.require(applicationId);
    if (application.unitId !== unitId) throw new AppError('CONFLICT', '申请与单位不对应，请重新打开申请。');
    return application;
  }

  private require(applicationId: string): ApplicationRecord {
    const application = this.work.db.select().from(applications).where(eq(applications.id, applicationId)).get();
    if (!application) throw new AppError('NOT_FOUND', '该申请不存在。');
    return application;
  }

  private row(a: ApplicationRecord): ApplicationRow {
    const [row] = this.deadlines.withDeadlines([{
      id: a.id,
      serialNo: a.serialNo,
      unitId: a.unitId,
      unitName: a.unitName,
      regionCode: a.regionCode,
      systemCategory: a.systemCategory as ApplicationRow['systemCategory'],
      state: a.state as ApplicationRow['state'],
      kind: a.kind as ApplicationRow['kind'],
      version: a.version,
      siteName: a.siteName,
      cnDomain: a.cnDomain,
      submittedAt: a.submittedAt,
      lastSubmittedAt: a.lastSubmittedAt,
      stateSince: a.stateSince,
      updatedAt: a.updatedAt,
    }]);
    return row;
  }
}
