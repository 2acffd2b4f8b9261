import { eq } from 'drizzle-orm';
import { AppError } from '../../shared/api/errors';
import { APPLICATION_STATE_LABELS, transition, type ApplicationState, type WorkflowEvent } from '../../shared/applications/workflow';
import type { ReviewDecisionInput, ReviewStage } from '../../shared/review/decision';
import { DECISION_TRIGGERS, decisionNotice } from '../../shared/review/notice';
import type { Db } from '../db/open';
import { applications, units } from '../db/schema';
import type { Journal } from '../journal/journal';
import type { NoticesService } from '../notices/service';
import type { ReasonsService } from './reasons';

type Decision = Omit<ReviewDecisionInput, 'note'> & { note: string };

/** Where each stage's decision may be taken from. */
const DECIDED_IN: Record<ReviewStage, ApplicationState> = { initial: 'submitted', final: 'finalReview' };

/** 初审 and the final 审核: checked against the state machine and against the version the reviewer saw. */
export class ReviewService {
  constructor(
    private readonly db: Db,
    private readonly journal: Journal,
    private readonly notices: NoticesService,
    private readonly reasons: ReasonsService,
  ) {}

  decideInitial(actor: string, input: Decision): { state: ApplicationState } {
    return this.decide(actor, 'initial', input);
  }

  decideFinal(actor: string, input: Decision): { state: ApplicationState } {
    return this.decide(actor, 'final', input);
  }

  private decide(actor: string, stage: ReviewStage, input: Decision): { state: ApplicationState } {
    const [event] = this.journal.record(actor, () => {
      const application = this.db.select().from(applications).where(eq(applications.id, input.applicationId)).get();
      if (!application) throw new AppError('NOT_FOUND', '该申请不存在。');
      // Another reviewer decided, or the unit resubmitted, since this reviewer opened the application.
      if (application.version !== input.expectedVersion || application.state !== DECIDED_IN[stage]) {
        throw new AppError(
          'CONFLICT',
          application.version !== input.expectedVersion
            ? `申请已更新为第 ${application.version} 版（您审阅的是第 ${input.expectedVersion} 版），请重新打开后再作决定。`
            : `该申请已由他人处理（当前：${stateLabel(application.state)}），您的决定未保存。`,
        );
      }
      const moved = transition(application.state as ApplicationState, this.workflowEvent(stage, input.decision, application.unitId));
      if (!moved.ok) throw new AppError('CONFLICT', moved.message);
      const reasons = input.decision === 'reject' ? input.reasons : [];
      this.reasons.requireUsable(reasons.map((r) => r.code), stage);
      const codes = this.reasons.list();
      const facts = { unitName: application.unitName, siteName: application.siteName, serialNo: application.serialNo ?? '' };
      const trigger = DECISION_TRIGGERS[stage][input.decision];
      const texts = this.notices.texts((templates, channel) => decisionNotice(templates, codes, facts, trigger, reasons, input.note, channel));
      return [
        {
          type: stage === 'initial' ? ('InitialReviewDecided' as const) : ('FinalReviewDecided' as const),
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
        ...this.notices.queue(application, trigger, texts),
      ];
    });
    if (event.type !== 'InitialReviewDecided' && event.type !== 'FinalReviewDecided') throw new Error('unreachable');
    return { state: event.payload.nextState };
  }

  private workflowEvent(stage: ReviewStage, decision: 'pass' | 'reject', unitId: string): WorkflowEvent {
    if (stage === 'final') return decision === 'pass' ? 'approve' : 'refuse';
    if (decision === 'reject') return 'rejectInitial';
    // 事业单位 (credit code 12…) submit no paper: their pass goes straight to the final review.
    const unit = this.db.select().from(units).where(eq(units.id, unitId)).get()!;
    return unit.creditCode.startsWith('12') ? 'passInitialNoPaper' : 'passInitial';
  }
}

function stateLabel(state: string): string {
  return APPLICATION_STATE_LABELS[state as ApplicationState] ?? state;
}
