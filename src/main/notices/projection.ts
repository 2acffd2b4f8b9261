import type { DomainEvent } from '../../shared/events/events';
import type { Db } from '../db/open';
import { insertRow } from '../db/prepared';
import { notices, noticeTemplates } from '../db/schema';

export function projectNotice(db: Db, event: Extract<DomainEvent, { type: 'NoticeQueued' | 'NoticeTemplateSaved' }>, at: string): void {
  if (event.type === 'NoticeTemplateSaved') {
    const { trigger, channel, text } = event.payload;
    db.insert(noticeTemplates)
      .values({ trigger, channel, text })
      .onConflictDoUpdate({ target: [noticeTemplates.trigger, noticeTemplates.channel], set: { text } })
      .run();
    return;
  }
  const p = event.payload;
  insertRow(db, notices, { id: p.noticeId, applicationId: p.applicationId, trigger: p.trigger, channel: p.channel, recipient: p.recipient, text: p.text, state: 'pending', queuedAt: at, origin: event.workstationId, seq: event.seq });
}
