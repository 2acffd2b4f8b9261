import type Database from 'better-sqlite3';
import type { HistoryEntry } from '../../shared/api/types';
import { APPLICATION_STATE_LABELS } from '../../shared/applications/workflow';
import type { DomainEvent } from '../../shared/events/events';
import { NOTICE_CHANNEL_LABELS } from '../../shared/notices/templates';
import { hlcIso } from '../journal/clock';
import { rowToEvent } from '../journal/journal';

/** An application's history timeline, read from the journal itself: who did what, and when. */
export function applicationHistory(sqlite: Database.Database, applicationId: string): HistoryEntry[] {
  const rows = sqlite.prepare('SELECT * FROM events WHERE aggregate_id = ? ORDER BY hlc, workstation_id, seq').all(applicationId);
  const names = new Map(
    (sqlite.prepare('SELECT id, display_name AS name FROM users').all() as { id: string; name: string }[]).map((u) => [u.id, u.name]),
  );
  return rows.map((row) => {
    const event = rowToEvent(row as Parameters<typeof rowToEvent>[0]);
    return {
      at: hlcIso(event.hlc),
      actor: event.actor ? (names.get(event.actor) ?? ACTOR_NAMES[event.actor] ?? event.actor) : '系统',
      summary: summarize(event),
    };
  });
}

const ACTOR_NAMES: Record<string, string> = { cli: '命令行', fixtures: '测试数据' };

function summarize(event: DomainEvent): string {
  switch (event.type) {
    case 'ApplicationDraftSaved':
      return '保存草稿';
    case 'ApplicationDraftDiscarded':
      return '放弃草稿';
    case 'ApplicationSubmitted':
      return event.payload.version === 1 ? `提交申请（第 1 版，申请序号 ${event.payload.serialNo}）` : `修改后重新提交（第 ${event.payload.version} 版）`;
    case 'InitialReviewDecided':
      return event.payload.decision === 'pass'
        ? `初审通过（第 ${event.payload.version} 版）→ ${APPLICATION_STATE_LABELS[event.payload.nextState]}`
        : `初审不通过（第 ${event.payload.version} 版，${event.payload.reasons.length} 项原因）`;
    case 'NoticeQueued':
      return `${NOTICE_CHANNEL_LABELS[event.payload.channel]}通知进入发件箱（${event.payload.recipient}）`;
    default:
      return event.type;
  }
}
