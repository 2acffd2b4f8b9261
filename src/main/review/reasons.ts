import { AppError } from '../../shared/api/errors';
import type { DomainEvent } from '../../shared/events/events';
import { REVIEW_STAGE_WORDS, type ReviewStage } from '../../shared/review/decision';
import { mergeReasons, type ReasonCode } from '../../shared/review/reasons';
import type { Db } from '../db/open';
import { reasonCodes } from '../db/schema';
import type { Journal } from '../journal/journal';

/** The 不通过原因 list in force, and the admin's changes to it. */
export class ReasonsService {
  constructor(
    private readonly db: Db,
    private readonly journal: Journal,
  ) {}

  list(): ReasonCode[] {
    return mergeReasons(this.db.select().from(reasonCodes).all() as ReasonCode[]);
  }

  save(actor: string, reason: ReasonCode): ReasonCode[] {
    this.journal.record(actor, () => [{ type: 'ReasonCodeSaved', aggregateId: 'reason-codes', payload: reason }]);
    return this.list();
  }

  /**
   * Refuses a decision naming a code that does not exist, is retired, or belongs to the other stage (a paper
   * reason at 初审, or the reverse), at the field of that reason.
   */
  requireUsable(codes: string[], stage: ReviewStage): void {
    const list = this.list();
    const other = stage === 'initial' ? 'paper' : 'initial';
    codes.forEach((code, i) => {
      const reason = list.find((r) => r.code === code);
      if (!reason || reason.retired) {
        throw new AppError('INVALID_INPUT', '所选不通过原因已停用或不存在，请重新选择。', { [`reasons.${i}.code`]: '请重新选择原因' });
      }
      if (reason.stage === other) {
        throw new AppError('INVALID_INPUT', `“${reason.label}”不适用于${REVIEW_STAGE_WORDS[stage].title}，请重新选择。`, {
          [`reasons.${i}.code`]: '该原因不适用于本环节',
        });
      }
    });
  }
}

export function projectReasonCode(db: Db, event: Extract<DomainEvent, { type: 'ReasonCodeSaved' }>): void {
  const { code: _code, ...rest } = event.payload;
  db.insert(reasonCodes).values(event.payload).onConflictDoUpdate({ target: reasonCodes.code, set: rest }).run();
}
