import type Database from 'better-sqlite3';

export interface OriginSeq {
  origin: string;
  seq: number;
}

/**
 * The sync bookkeeping of this copy: how far it holds each origin's journal (its own: the newest event it wrote;
 * others: `sync_coverage`) and how far each peer has said it holds them (`peer_acks`). Both only ever rise.
 */
export class SyncLedger {
  private readonly statements;

  constructor(
    sqlite: Database.Database,
    private readonly ownId: string,
  ) {
    this.statements = {
      ownHead: sqlite.prepare('SELECT coalesce(max(seq), 0) FROM events WHERE workstation_id = ?').pluck(),
      coverage: sqlite.prepare('SELECT origin, seq FROM sync_coverage ORDER BY origin'),
      coverageOf: sqlite.prepare('SELECT seq FROM sync_coverage WHERE origin = ?').pluck(),
      raiseCoverage: sqlite.prepare(
        'INSERT INTO sync_coverage (origin, seq) VALUES (?, ?) ON CONFLICT (origin) DO UPDATE SET seq = max(seq, excluded.seq)',
      ),
      acks: sqlite.prepare('SELECT origin, seq FROM peer_acks WHERE peer_id = ?'),
      raiseAck: sqlite.prepare(
        'INSERT INTO peer_acks (peer_id, origin, seq) VALUES (?, ?, ?) ON CONFLICT (peer_id, origin) DO UPDATE SET seq = max(seq, excluded.seq)',
      ),
    };
  }

  /** Every origin this copy holds, with how far: what a bundle's `seen` says. */
  seen(): OriginSeq[] {
    const own = { origin: this.ownId, seq: this.statements.ownHead.get(this.ownId) as number };
    const others = (this.statements.coverage.all() as OriginSeq[]).filter((row) => row.origin !== this.ownId);
    return [own, ...others].filter((row) => row.seq > 0);
  }

  held(origin: string): number {
    if (origin === this.ownId) return this.statements.ownHead.get(this.ownId) as number;
    return (this.statements.coverageOf.get(origin) as number | undefined) ?? 0;
  }

  raiseCoverage(origin: string, seq: number): void {
    if (origin !== this.ownId) this.statements.raiseCoverage.run(origin, seq);
  }

  acks(peerId: string): Map<string, number> {
    return new Map((this.statements.acks.all(peerId) as OriginSeq[]).map((row) => [row.origin, row.seq]));
  }

  raiseAck(peerId: string, origin: string, seq: number): void {
    this.statements.raiseAck.run(peerId, origin, seq);
  }
}
