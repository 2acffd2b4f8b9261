import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { NoticeView, Page } from '../../shared/api/types';
import type { NoticeState } from '../../shared/notices/templates';
import type { Db } from '../db/open';
import { applications, notices } from '../db/schema';

export interface NoticeFilter {
  state: NoticeState | null;
  applicationId: string | null;
  page: number;
  pageSize: number;
}

/**
 * A notice's state: 已发送 once the platform's receipt is in; 平台已收到 once a platform peer has acknowledged the
 * bundle that carried it (its acknowledgement reaches the notice's origin and sequence number); else 待交平台.
 */
const state = sql<NoticeState>`CASE WHEN ${notices.state} = 'sent' THEN 'sent'
  WHEN EXISTS (SELECT 1 FROM peer_acks pa JOIN peers p ON p.workstation_id = pa.peer_id
               WHERE p.kind = 'platform' AND pa.origin = ${notices.origin} AND pa.seq >= ${notices.seq}) THEN 'exported'
  ELSE 'pending' END`;

/** 通知发件箱: newest first, by state and application. */
export function listNotices(db: Db, filter: NoticeFilter): Page<NoticeView> {
  const where: SQL[] = [];
  if (filter.state) where.push(sql`${state} = ${filter.state}`);
  if (filter.applicationId) where.push(eq(notices.applicationId, filter.applicationId));
  const condition = where.length ? and(...where) : undefined;
  const total = db.select({ n: sql<number>`count(*)` }).from(notices).where(condition).get()!.n;
  const rows = db
    .select({
      id: notices.id,
      applicationId: notices.applicationId,
      serialNo: applications.serialNo,
      unitName: applications.unitName,
      trigger: notices.trigger,
      channel: notices.channel,
      recipient: notices.recipient,
      text: notices.text,
      state,
      queuedAt: notices.queuedAt,
    })
    .from(notices)
    .innerJoin(applications, eq(applications.id, notices.applicationId))
    .where(condition)
    .orderBy(desc(notices.queuedAt), notices.id)
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .all();
  return { rows: rows as NoticeView[], total };
}
