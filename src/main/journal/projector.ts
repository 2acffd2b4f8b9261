import { eq } from 'drizzle-orm';
import type { DomainEvent } from '../../shared/events/events';
import type { Db } from '../db/open';
import { conflicts, notices, settings, users, workstationProfile } from '../db/schema';
import { projectDraftDiscarded, projectDraftSaved, projectStateChange, projectSubmitted } from '../applications/projection';
import { projectCalendar } from '../deadlines/projection';
import { projectNotice } from '../notices/projection';
import { projectReviewDecided } from '../review/projection';
import { projectPaperCheckedIn } from '../paper/projection';
import { projectScanAttached } from '../scans/projection';
import { projectBadge } from '../badges/projection';
import { projectReasonCode } from '../review/reasons';
import { projectUnitRegistered, projectUnitUpdated } from '../units/projection';
import { hlcIso } from './clock';
import { recordConflict, replayRefusal, type Refusal } from './guard';

function assertNever(value: never): never {
  throw new Error(`Unhandled event: ${JSON.stringify(value)}`);
}

/**
 * Applies one event to the projection tables, or — when the replay must refuse it at its place in clock order (see
 * guard.ts) — records it as a conflict instead and returns why. Times come from the event's clock stamp, never from
 * "now", so that a rebuild from the journal reproduces every row exactly.
 */
export function applyEvent(db: Db, event: DomainEvent): Refusal | null {
  const refusal = replayRefusal(db, event);
  if (refusal) {
    recordConflict(db, event, refusal);
    return refusal;
  }
  project(db, event);
  return null;
}

function project(db: Db, event: DomainEvent): void {
  const at = hlcIso(event.hlc);
  switch (event.type) {
    case 'WorkstationInitialized':
      db.insert(workstationProfile)
        .values({ id: event.workstationId, name: event.payload.name, regionCode: event.payload.regionCode, initializedAt: at })
        .run();
      return;
    case 'UserCreated': {
      const p = event.payload;
      db.insert(users)
        .values({
          id: p.userId,
          username: p.username,
          displayName: p.displayName,
          roles: p.roles,
          passwordHash: p.passwordHash,
          mustChangePassword: p.mustChangePassword,
          disabled: false,
          createdAt: at,
          updatedAt: at,
        })
        .run();
      return;
    }
    case 'UserUpdated':
      db.update(users)
        .set({ displayName: event.payload.displayName, roles: event.payload.roles, updatedAt: at })
        .where(eq(users.id, event.payload.userId))
        .run();
      return;
    case 'UserPasswordSet':
      db.update(users)
        .set({
          passwordHash: event.payload.passwordHash,
          mustChangePassword: event.payload.mustChangePassword,
          updatedAt: at,
        })
        .where(eq(users.id, event.payload.userId))
        .run();
      return;
    case 'UserDisabled':
    case 'UserEnabled':
      db.update(users)
        .set({ disabled: event.type === 'UserDisabled', updatedAt: at })
        .where(eq(users.id, event.payload.userId))
        .run();
      return;
    case 'UserRevealPermissionSet':
      db.update(users).set({ revealsPersonalData: event.payload.allowed, updatedAt: at }).where(eq(users.id, event.payload.userId)).run();
      return;
    case 'IdNumberRevealed':
      // Only the journal keeps it: the 操作日志 lists every reveal.
      return;
    case 'SettingsChanged':
      for (const [key, value] of Object.entries(event.payload)) {
        if (value === undefined) continue;
        db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
      }
      return;
    case 'CalendarDaysSet':
    case 'CalendarDaysCleared':
      projectCalendar(db, event);
      return;
    case 'UnitRegistered':
      projectUnitRegistered(db, event.payload, at);
      return;
    case 'UnitUpdated':
      projectUnitUpdated(db, event.payload, at);
      return;
    case 'ApplicationDraftSaved':
      projectDraftSaved(db, event.payload, at);
      return;
    case 'ApplicationDraftDiscarded':
      projectDraftDiscarded(db, event.payload, at);
      return;
    case 'ApplicationSubmitted':
      projectSubmitted(db, event.payload, at, event.actor);
      return;
    case 'InitialReviewDecided':
    case 'FinalReviewDecided':
      projectReviewDecided(db, event, at);
      return;
    case 'PaperCheckedIn':
      projectPaperCheckedIn(db, event, at);
      return;
    case 'BadgeIssued':
    case 'BadgeChecked':
      projectBadge(db, event, at);
      return;
    case 'ListExported':
      // Only the journal keeps it: the 操作日志 shows who took which rows away.
      return;
    case 'ScanAttached':
      projectScanAttached(db, event, at);
      return;
    case 'ApplicationWithdrawn':
    case 'ApplicationRevoked':
    case 'ApplicationListed':
      projectStateChange(db, event.payload.applicationId, event.payload.nextState, at);
      return;
    case 'NoticeQueued':
    case 'NoticeTemplateSaved':
      projectNotice(db, event, at);
      return;
    case 'ReasonCodeSaved':
      projectReasonCode(db, event);
      return;
    case 'NoticeSent':
      db.update(notices).set({ state: 'sent', sentAt: event.payload.sentAt }).where(eq(notices.id, event.payload.noticeId)).run();
      return;
    case 'ConacReviewed':
      // Only the journal keeps it: the application's history shows CONAC's result.
      return;
    case 'ConflictResolved':
      db.update(conflicts)
        .set({ resolvedAt: at, resolvedBy: event.actor, resolutionNote: event.payload.note })
        .where(eq(conflicts.eventId, event.payload.eventId))
        .run();
      return;
    default:
      assertNever(event);
  }
}
