import { eq } from 'drizzle-orm';
import { LOCKOUT } from '../../shared/accounts/rules';
import type { Db } from '../db/open';
import { signInGuards } from '../db/schema';

/**
 * Counts failed sign-ins per user name and locks the name after LOCKOUT.maxFailures in a row. Local state of this
 * workstation (not a journal event): a lockout is about this keyboard, not the shared record.
 */
export class SignInGuard {
  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {}

  /** ISO time until which the name is locked, or null. */
  lockedUntil(username: string): string | null {
    const row = this.db.select().from(signInGuards).where(eq(signInGuards.username, username)).get();
    if (!row?.lockedUntil) return null;
    return Date.parse(row.lockedUntil) > this.now() ? row.lockedUntil : null;
  }

  /** Records a failure; returns how many tries are left before the lock (0 = now locked). */
  fail(username: string): number {
    const row = this.db.select().from(signInGuards).where(eq(signInGuards.username, username)).get();
    const expired = row?.lockedUntil != null && Date.parse(row.lockedUntil) <= this.now();
    const failures = (expired ? 0 : (row?.failures ?? 0)) + 1;
    const lockedUntil =
      failures >= LOCKOUT.maxFailures ? new Date(this.now() + LOCKOUT.minutes * 60_000).toISOString() : null;
    this.db
      .insert(signInGuards)
      .values({ username, failures, lockedUntil })
      .onConflictDoUpdate({ target: signInGuards.username, set: { failures, lockedUntil } })
      .run();
    return Math.max(0, LOCKOUT.maxFailures - failures);
  }

  clear(username: string): void {
    this.db.delete(signInGuards).where(eq(signInGuards.username, username)).run();
  }
}
