import { eq } from 'drizzle-orm';
import type { DomainEvent } from '../../shared/events/events';
import type { Db } from '../db/open';
import { applications, reviewDecisions } from '../db/schema';

export function projectInitialReviewDecided(db: Db, event: Extract<DomainEvent, { type: 'InitialReviewDecided' }>, at: string): void {
  const p = event.payload;
  db.update(applications).set({ state: p.nextState, updatedAt: at }).where(eq(applications.id, p.applicationId)).run();
  db.insert(reviewDecisions)
    .values({
      eventId: event.id,
      applicationId: p.applicationId,
      version: p.version,
      stage: 'initial',
      decision: p.decision,
      reasons: p.reasons,
      note: p.note,
      notice: p.notice,
      decidedAt: at,
      decidedBy: event.actor,
    })
    .run();
}
