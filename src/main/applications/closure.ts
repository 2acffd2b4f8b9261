import { eq } from 'drizzle-orm';
import { AppError } from '../../shared/api/errors';
import type { Closure, ClosureInput } from '../../shared/applications/closure';
import { APPLICATION_STATE_LABELS, transition, type ApplicationState } from '../../shared/applications/workflow';
import type { Db } from '../db/open';
import { applications } from '../db/schema';
import type { Journal } from '../journal/journal';

/** 撤回 and 注销: the two ways an application ends other than a decision. */
export class ClosureService {
  constructor(
    private readonly db: Db,
    private readonly journal: Journal,
  ) {}

  close(actor: string, how: Closure, input: ClosureInput): { state: ApplicationState } {
    const [event] = this.journal.record(actor, () => {
      const application = this.db.select().from(applications).where(eq(applications.id, input.applicationId)).get();
      if (!application) throw new AppError('NOT_FOUND', '该申请不存在。');
      const state = application.state as ApplicationState;
      if (state !== input.expectedState) {
        throw new AppError('CONFLICT', `该申请已变为“${APPLICATION_STATE_LABELS[state]}”，请刷新后再操作。`);
      }
      const moved = transition(state, how);
      if (!moved.ok) throw new AppError('CONFLICT', moved.message);
      const payload = { applicationId: application.id, reason: input.reason, nextState: moved.next };
      return [
        how === 'withdraw'
          ? { type: 'ApplicationWithdrawn' as const, aggregateId: application.id, payload }
          : { type: 'ApplicationRevoked' as const, aggregateId: application.id, payload },
      ];
    });
    if (event.type !== 'ApplicationWithdrawn' && event.type !== 'ApplicationRevoked') throw new Error('unreachable');
    return { state: event.payload.nextState };
  }
}
