import { eq } from 'drizzle-orm';
import type { DomainEvent } from '../../shared/events/events';
import { projectStateChange } from '../applications/projection';
import type { Db } from '../db/open';
import { badges } from '../db/schema';

export function projectBadge(db: Db, event: Extract<DomainEvent, { type: 'BadgeIssued' | 'BadgeChecked' }>, at: string): void {
  const p = event.payload;
  if (event.type === 'BadgeIssued') {
    const row = { unitId: event.payload.unitId, code: p.code, verificationId: event.payload.verificationId, color: event.payload.color, source: event.payload.source, issuedAt: at, issuedBy: event.actor, checkedAt: null, checkPassed: null, checkSummary: null };
    db.insert(badges).values({ applicationId: p.applicationId, ...row }).onConflictDoUpdate({ target: badges.applicationId, set: row }).run();
  } else {
    const summary = event.payload.passed ? `${event.payload.pages} 个页面全部通过` : `${event.payload.pages} 个页面中 ${event.payload.failures.length} 个未通过`;
    db.update(badges).set({ checkedAt: at, checkPassed: event.payload.passed, checkSummary: summary }).where(eq(badges.applicationId, p.applicationId)).run();
  }
  projectStateChange(db, p.applicationId, p.nextState, at);
}
