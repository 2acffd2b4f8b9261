import type { DomainEvent } from '../../shared/events/events';
import { projectStateChange } from '../applications/projection';
import type { Db } from '../db/open';
import { insertRow } from '../db/prepared';
import { paperCheckins } from '../db/schema';

/** A check-in: its record, and the application on to the final 审核 (its paper-review clock starts) or to 补正. */
export function projectPaperCheckedIn(db: Db, event: Extract<DomainEvent, { type: 'PaperCheckedIn' }>, at: string): void {
  const p = event.payload;
  insertRow(db, paperCheckins, {
      eventId: event.id,
      applicationId: p.applicationId,
      version: p.version,
      receivedOn: p.receivedOn,
      channel: p.channel,
      trackingNo: p.trackingNo,
      note: p.note,
      items: p.items,
      complete: p.complete,
      checkedInAt: at,
      checkedInBy: event.actor,
  });
  projectStateChange(db, p.applicationId, p.nextState, at);
}
