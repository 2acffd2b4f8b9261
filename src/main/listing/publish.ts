import type Database from 'better-sqlite3';
import { transition } from '../../shared/applications/workflow';
import type { NewEvent } from '../../shared/events/events';
import type { Journal } from '../journal/journal';

/**
 * 发布公示: every site whose badge is installed and checked becomes 已公示 — one event per site, which also tells the
 * online platform what the public listing holds.
 */
export class ListingPublisher {
  private readonly statements;

  constructor(
    sqlite: Database.Database,
    private readonly journal: Journal,
  ) {
    this.statements = {
      waiting: sqlite.prepare("SELECT id FROM applications WHERE state = 'badgeInstalled' ORDER BY approved_at, id").pluck(),
      count: sqlite.prepare("SELECT count(*) FROM applications WHERE state = 'badgeInstalled'").pluck(),
    };
  }

  /** Installed sites not published yet. */
  waiting(): number {
    return this.statements.count.get() as number;
  }

  publish(actor: string): { published: number } {
    const events = this.journal.record(actor, () =>
      (this.statements.waiting.all() as string[]).map((applicationId): NewEvent => {
        const moved = transition('badgeInstalled', 'list');
        if (!moved.ok) throw new Error(moved.message);
        return { type: 'ApplicationListed', aggregateId: applicationId, payload: { applicationId, nextState: moved.next } };
      }),
    );
    return { published: events.length };
  }
}
