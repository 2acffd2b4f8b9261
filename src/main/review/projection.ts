import type { DomainEvent } from '../../shared/events/events';
import type { Db } from '../db/open';
import { eq } from 'drizzle-orm';
import { applications, reviewDecisions } from '../db/schema';
import { projectStateChange } from '../applications/projection';
import { insertRow } from '../db/prepared';

export function projectReviewDecided(
  db: Db,
  event: Extract<DomainEvent, { type: 'InitialReviewDecided' | 'FinalReviewDecided' }>,
  at: string,
): void {
  const p = event.payload;
  projectStateChange(db, p.applicationId, p.nextState, at);
  if (event.type === 'FinalReviewDecided' && p.decision === 'pass') {
    db.update(applications).set({ approvedAt: at }).where(eq(applications.id, p.applicationId)).run();
  }
  insertRow(db, reviewDecisions, {
      eventId: event.id,
      applicationId: p.applicationId,
      version: p.version,
      stage: event.type === 'InitialReviewDecided' ? 'initial' : 'final',
      decision: p.decision,
      reasons: p.reasons,
      note: p.note,
      notice: p.notice,
      decidedAt: at,
      decidedBy: event.actor,
  });
}
