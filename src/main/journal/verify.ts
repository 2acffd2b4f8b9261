import type { WorkDb } from '../db/open';
import { eventHash, GENESIS_HASH } from './chain';
import { rowToEvent } from './journal';

export interface ChainBreak {
  workstationId: string;
  seq: number;
  eventId: string;
  reason: string;
}

export interface ChainReport {
  ok: boolean;
  workstations: number;
  events: number;
  /** The first broken event of each workstation whose chain is broken. */
  breaks: ChainBreak[];
}

/** Walks each workstation's chain in sequence order, recomputing every hash and link. */
export function verifyChains(work: Pick<WorkDb, 'sqlite'>): ChainReport {
  const rows = work.sqlite.prepare('SELECT * FROM events ORDER BY workstation_id, seq').iterate();
  const breaks: ChainBreak[] = [];
  const broken = new Set<string>();
  let current = '';
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let workstations = 0;
  let events = 0;

  for (const row of rows as IterableIterator<Parameters<typeof rowToEvent>[0]>) {
    events++;
    const event = rowToEvent(row);
    if (event.workstationId !== current) {
      current = event.workstationId;
      workstations++;
      expectedSeq = 1;
      prevHash = GENESIS_HASH;
    }
    if (!broken.has(current)) {
      const reason =
        event.seq !== expectedSeq
          ? `序号应为 ${expectedSeq}，实际为 ${event.seq}（有事件缺失）`
          : event.prevHash !== prevHash
            ? '与前一事件的链接不符'
            : eventHash(event) !== event.hash
              ? '内容与其哈希不符（事件被改动）'
              : null;
      if (reason) {
        breaks.push({ workstationId: current, seq: event.seq, eventId: event.id, reason });
        broken.add(current);
      }
    }
    expectedSeq = event.seq + 1;
    prevHash = event.hash;
  }
  return { ok: breaks.length === 0, workstations, events, breaks };
}
