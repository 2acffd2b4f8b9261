import type { DomainEvent } from '../../shared/events/events';
import type { Db } from '../db/open';
import { scans } from '../db/schema';

export function projectScanAttached(db: Db, event: Extract<DomainEvent, { type: 'ScanAttached' }>, at: string): void {
  db.insert(scans).values({ eventId: event.id, ...event.payload, attachedAt: at, attachedBy: event.actor }).run();
}
