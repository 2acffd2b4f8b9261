import { inArray } from 'drizzle-orm';
import type { DomainEvent } from '../../shared/events/events';
import type { Db } from '../db/open';
import { calendarDays } from '../db/schema';

export function projectCalendar(db: Db, event: Extract<DomainEvent, { type: 'CalendarDaysSet' | 'CalendarDaysCleared' }>): void {
  if (event.type === 'CalendarDaysCleared') {
    if (event.payload.dates.length > 0) db.delete(calendarDays).where(inArray(calendarDays.date, event.payload.dates)).run();
    return;
  }
  for (const day of event.payload.days) {
    db.insert(calendarDays)
      .values(day)
      .onConflictDoUpdate({ target: calendarDays.date, set: { kind: day.kind, name: day.name } })
      .run();
  }
}
