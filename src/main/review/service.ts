import { and, eq } from 'drizzle-orm';
import type { ApplicationData } from '../../shared/applications/application';
import { AppError } from '../../shared/api/errors';
import { APPLICATION_STATE_LABELS, transition, type ApplicationState } from '../../shared/applications/workflow';
import type { InitialDecisionInput } from '../../shared/review/decision';
import { initialDecisionNotice } from '../../shared/review/notice';
import type { Db } from '../db/open';
import { applications, applicationVersions, units } from '../db/schema';
import type { Journal } from '../journal/journal';
import type { NoticesService } from '../notices/service';
import type { ReasonsService } from './reasons';

/** 初审 decisions: checked against the state machine and against the version the reviewer saw. */
export class ReviewService {
  constructor(
    private readonly db: Db,
    private readonly journal: Journal,
    private readonly notices: NoticesService,
    private readonly reasons: ReasonsService,
  ) {}

  decideInitial(actor: string, input: Omit<InitialDecisionInput, 'note'> & { note: string }): { state: ApplicationState } {
    const [event] = this.journal.record(actor, () => {
      const application = this.db.select().from(applications).where(eq(applications.id, input.applicationId)).get();
      if (!application) throw new AppError('NOT_FOUND', '该申请不存在。');
      // Another reviewer decided, or the unit resubmitted, since this reviewer opened the application.
      if (application.version !== input.expectedVersion || application.state !== 'submitted') {
        throw new AppError(
          'CONFLICT',
          application.version !== input.expectedVersion
            ? `申请已更新为第 ${application.version} 版（您审阅的是第 ${input.expectedVersion} 版），请重新打开后再作决定。`
            : `该申请已由他人处理（当前：${stateLabel(application.state)}），您的决定未保存。`,
        );
      }
      const unit = this.db.select().from(units).where(eq(units.id, application.unitId)).get()!;
      // 事业单位 (credit code 12…) submit no paper: their pass goes straight to the final review.
      const noPaper = unit.creditCode.startsWith('12');
      const event = input.decision === 'reject' ? 'rejectInitial' : noPaper ? 'passInitialNoPaper' : 'passInitial';
      const moved = transition(application.state as ApplicationState, event);
      if (!moved.ok) throw new AppError('CONFLICT', moved.message);
      const reasons = input.decision === 'reject' ? input.reasons : [];
      this.reasons.requireUsable(reasons.map((r) => r.code));
      const codes = this.reasons.list();
      const facts = { unitName: application.unitName, siteName: application.siteName, serialNo: application.serialNo ?? '' };
      const templates = this.notices.templates();
      const texts = {
        sms: initialDecisionNotice(templates, codes, facts, input.decision, reasons, input.note, 'sms'),
        email: initialDecisionNotice(templates, codes, facts, input.decision, reasons, input.note, 'email'),
      };
      // The notice goes to the 经办人 given on the version decided.
      const version = this.db
        .select()
        .from(applicationVersions)
        .where(and(eq(applicationVersions.applicationId, application.id), eq(applicationVersions.version, application.version)))
        .get();
      const handler = (version?.data as ApplicationData | undefined)?.handler;
      return [
        {
          type: 'InitialReviewDecided',
          aggregateId: application.id,
          payload: {
            applicationId: application.id,
            version: application.version,
            decision: input.decision,
            reasons,
            note: input.note,
            nextState: moved.next,
            notice: texts.sms,
          },
        },
        ...this.notices.queue(
          application.id,
          input.decision === 'pass' ? 'initialPass' : 'initialReject',
          { sms: handler?.mobile ?? '', email: handler?.email ?? '' },
          texts,
        ),
      ];
    });
    if (event.type !== 'InitialReviewDecided') throw new Error('unreachable');
    return { state: event.payload.nextState };
  }
}

function stateLabel(state: string): string {
  return APPLICATION_STATE_LABELS[state as ApplicationState] ?? state;
}
