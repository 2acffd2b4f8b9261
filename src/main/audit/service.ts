import type Database from 'better-sqlite3';
import type { AuditEntry, Page } from '../../shared/api/types';
import type { AuditQuery } from '../../shared/audit/query';
import { EVENT_TYPE_LABELS } from '../../shared/events/events';
import { hlcIso } from '../journal/clock';
import { rowToEvent } from '../journal/journal';
import { verifyChains, type ChainReport } from '../journal/verify';
import { actorName, describeEvent, userNames } from './describe';

/** 操作日志: the journal read as who did what and when, and its chains verified. */
export class AuditService {
  constructor(private readonly sqlite: Database.Database) {}

  list(query: AuditQuery): Page<AuditEntry> {
    const { clause, params } = this.where(query);
    const total = this.sqlite.prepare(`SELECT count(*) FROM events ${clause}`).pluck().get(...params) as number;
    const rows = this.sqlite
      .prepare(`SELECT * FROM events ${clause} ORDER BY hlc DESC, workstation_id, seq DESC LIMIT ? OFFSET ?`)
      .all(...params, query.pageSize, (query.page - 1) * query.pageSize);
    return { rows: this.entries(rows), total };
  }

  verify(): ChainReport {
    return verifyChains({ sqlite: this.sqlite });
  }

  private where(query: AuditQuery): { clause: string; params: unknown[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.actor) {
      where.push('actor = ?');
      params.push(query.actor);
    }
    if (query.types.length > 0) {
      where.push(`type IN (${query.types.map(() => '?').join(', ')})`);
      params.push(...query.types);
    }
    if (query.serialNo.trim()) {
      where.push('aggregate_id IN (SELECT id FROM applications WHERE serial_no = ?)');
      params.push(query.serialNo.trim().toUpperCase());
    }
    // Clock stamps begin with the wall time in 15 digits, so a time range is a string range on the hlc index.
    if (query.from) {
      where.push('hlc >= ?');
      params.push(String(Date.parse(query.from)).padStart(15, '0'));
    }
    if (query.to) {
      where.push('hlc < ?');
      params.push(String(Date.parse(query.to)).padStart(15, '0'));
    }
    return { clause: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
  }

  private entries(rows: unknown[]): AuditEntry[] {
    const names = userNames(this.sqlite);
    const serial = this.sqlite.prepare('SELECT serial_no FROM applications WHERE id = ?').pluck();
    return rows.map((row) => {
      const event = rowToEvent(row as Parameters<typeof rowToEvent>[0]);
      return {
        id: event.id,
        at: hlcIso(event.hlc),
        workstationId: event.workstationId,
        seq: event.seq,
        actorId: event.actor,
        actor: actorName(names, event.actor),
        type: event.type,
        typeLabel: EVENT_TYPE_LABELS[event.type],
        summary: describeEvent(event, names),
        serialNo: (serial.get(event.aggregateId) as string | null | undefined) ?? null,
      };
    });
  }
}
