import { eq } from 'drizzle-orm';
import { AppError } from '../../shared/api/errors';
import { APPLICATION_STATE_LABELS, transition, type ApplicationState } from '../../shared/applications/workflow';
import type { InitialDecisionInput } from '../../shared/review/decision';
import { initialDecisionNotice } from '../../shared/review/notice';
import type { Db } from '../db/open';
import { applications, units } from '../db/schema';
import type { Journal } from '../journal/journal';

/** 初审 decisions: checked against the state machine and against the version the reviewer saw. */
export class ReviewService {
  constructor(
    private readonly db: Db,
    private readonly journal: Journal,
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
            notice: initialDecisionNotice(
              { unitName: application.unitName, siteName: application.siteName, serialNo: application.serialNo ?? '' },
              input.decision,
              reasons,
              input.note,
            ),
          },
        },
      ];
    });
    if (event.type !== 'InitialReviewDecided') throw new Error('unreachable');
    return { state: event.payload.nextState };
  }
}

function stateLabel(state: string): string {
  return APPLICATION_STATE_LABELS[state as ApplicationState] ?? state;
}
