import { randomBytes, randomUUID } from 'node:crypto';
import { EVENT_VERSION, type DomainEvent, type NewEvent } from '../../shared/events/events';
import type { WorkDb } from '../db/open';
import { eventHash, GENESIS_HASH } from './chain';
import { nextHlc } from './clock';
import { applyEvent } from './projector';

const WORKSTATION_ID_KEY = 'workstation_id';
const LAST_HLC_KEY = 'last_hlc';

/** An `events` row as SQLite returns it. */
export interface EventRow {
  id: string;
  hlc: string;
  workstation_id: string;
  seq: number;
  actor: string | null;
  aggregate_id: string;
  type: string;
  version: number;
  payload: string;
  prev_hash: string;
  hash: string;
}

export function rowToEvent(row: EventRow): DomainEvent {
  return {
    id: row.id,
    hlc: row.hlc,
    workstationId: row.workstation_id,
    seq: row.seq,
    actor: row.actor,
    aggregateId: row.aggregate_id,
    type: row.type,
    version: row.version,
    payload: JSON.parse(row.payload),
    prevHash: row.prev_hash,
    hash: row.hash,
  } as DomainEvent;
}

/**
 * The append-only journal. Every change is written through `record`, which runs the caller's decision, stamps the
 * events it returns and applies them to the projections, all in one immediate SQLite transaction: another process on
 * the same file (the CLI beside the app) waits rather than interleaving, and a crash leaves either all or nothing.
 */
export class Journal {
  readonly workstationId: string;
  private readonly statements;

  constructor(
    private readonly work: WorkDb,
    private readonly now: () => number = Date.now,
  ) {
    const { sqlite } = work;
    this.statements = {
      head: sqlite.prepare('SELECT seq, hash FROM events WHERE workstation_id = ? ORDER BY seq DESC LIMIT 1'),
      insert: sqlite.prepare(
        `INSERT INTO events (id, hlc, workstation_id, seq, actor, aggregate_id, type, version, payload, prev_hash, hash)
         VALUES (@id, @hlc, @workstationId, @seq, @actor, @aggregateId, @type, @version, @payload, @prevHash, @hash)`,
      ),
      getMeta: sqlite.prepare('SELECT value FROM local_meta WHERE key = ?').pluck(),
      setMeta: sqlite.prepare(
        'INSERT INTO local_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ),
      count: sqlite.prepare('SELECT count(*) FROM events').pluck(),
      newest: sqlite.prepare('SELECT max(hlc) FROM events').pluck(),
    };
    this.workstationId = this.ensureWorkstationId();
  }

  /**
   * `decide` reads current state and returns the events to append (or throws to refuse); reads and writes share the
   * transaction, so the decision cannot be invalidated between the check and the write.
   */
  record(actor: string | null, decide: () => NewEvent[]): DomainEvent[] {
    const run = this.work.sqlite.transaction(() => {
      const proposed = decide();
      if (proposed.length === 0) return [];
      // The chain head and the clock are read inside the transaction: another process may have appended since.
      let head = (this.statements.head.get(this.workstationId) as { seq: number; hash: string } | undefined) ?? {
        seq: 0,
        hash: GENESIS_HASH,
      };
      let lastHlc = this.meta(LAST_HLC_KEY);
      const appended = proposed.map((event) => {
        const stamped = this.append(actor, event, head, nextHlc(lastHlc, this.now(), this.workstationId));
        head = stamped;
        lastHlc = stamped.hlc;
        return stamped;
      });
      this.statements.setMeta.run(LAST_HLC_KEY, lastHlc);
      return appended;
    });
    return run.immediate();
  }

  /** Stores an event received from another workstation exactly as it came (stamp, chain link and hash unchanged). */
  receive(event: DomainEvent): void {
    this.statements.insert.run({ ...event, payload: JSON.stringify(event.payload) });
  }

  /** The newest clock stamp held, from any workstation. */
  newestStamp(): string | null {
    return (this.statements.newest.get() as string | null) ?? null;
  }

  /**
   * The clock's receive rule: after seeing `stamp`, this workstation's next stamps sort after it, so a decision taken
   * here on something received always replays after what it was decided on.
   */
  observe(stamp: string): void {
    const last = this.meta(LAST_HLC_KEY);
    if (!last || stamp > last) this.statements.setMeta.run(LAST_HLC_KEY, stamp);
  }

  count(): number {
    return this.statements.count.get() as number;
  }

  /**
   * Every event in replay order: clock order, ties broken by workstation and sequence. Read a page at a time, so a
   * caller may write between pages (better-sqlite3 forbids writing while a statement is still iterating).
   */
  *replayOrder(pageSize = 1000): Generator<DomainEvent> {
    const first = this.work.sqlite.prepare('SELECT * FROM events ORDER BY hlc, workstation_id, seq LIMIT ?');
    const next = this.work.sqlite.prepare(
      `SELECT * FROM events WHERE (hlc, workstation_id, seq) > (?, ?, ?)
       ORDER BY hlc, workstation_id, seq LIMIT ?`,
    );
    let page = first.all(pageSize) as EventRow[];
    while (page.length > 0) {
      for (const row of page) yield rowToEvent(row);
      const last = page[page.length - 1];
      page = next.all(last.hlc, last.workstation_id, last.seq, pageSize) as EventRow[];
    }
  }

  private append(
    actor: string | null,
    proposed: NewEvent,
    head: { seq: number; hash: string },
    hlc: string,
  ): DomainEvent {
    const unsigned = {
      ...proposed,
      id: randomUUID(),
      hlc,
      workstationId: this.workstationId,
      seq: head.seq + 1,
      actor,
      version: EVENT_VERSION,
      prevHash: head.hash,
    } as Omit<DomainEvent, 'hash'>;
    const event = { ...unsigned, hash: eventHash(unsigned) } as DomainEvent;
    this.statements.insert.run({ ...event, payload: JSON.stringify(event.payload) });
    // The services check what the replay checks; a local event the replay would refuse is a bug, never a conflict.
    const refusal = applyEvent(this.work.db, event);
    if (refusal) throw new Error(`Recorded ${event.type} would be refused on replay: ${refusal.found}`);
    return event;
  }

  private ensureWorkstationId(): string {
    const existing = this.meta(WORKSTATION_ID_KEY);
    if (existing) return existing;
    // 16 hex digits: short enough to read aloud, long enough that two workstations never pick the same one.
    this.work.sqlite
      .prepare('INSERT INTO local_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING')
      .run(WORKSTATION_ID_KEY, randomBytes(8).toString('hex'));
    return this.meta(WORKSTATION_ID_KEY)!;
  }

  private meta(key: string): string | null {
    return (this.statements.getMeta.get(key) as string | undefined) ?? null;
  }
}
