import { randomBytes } from 'node:crypto';

export interface Session {
  token: string;
  userId: string;
  lastActivity: number;
  locked: boolean;
}

/**
 * Sign-in sessions, held in the main process only: a window or browser tab carries an opaque token, never the user's
 * identity. A session idle for longer than the configured minutes is locked; only unlock and log out pass then.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly now: () => number = Date.now) {}

  open(userId: string): Session {
    const session = { token: randomBytes(32).toString('base64url'), userId, lastActivity: this.now(), locked: false };
    this.sessions.set(session.token, session);
    return session;
  }

  /** The session for a token, locked first if it has been idle too long. */
  find(token: string | null, idleLockMinutes: number): Session | null {
    const session = token ? this.sessions.get(token) : undefined;
    if (!session) return null;
    if (this.now() - session.lastActivity > idleLockMinutes * 60_000) session.locked = true;
    return session;
  }

  touch(session: Session): void {
    session.lastActivity = this.now();
  }

  close(token: string): void {
    this.sessions.delete(token);
  }

  /** Ends every session of a user (disabled, or password reset by an admin). */
  closeAllOf(userId: string, exceptToken?: string): void {
    for (const [token, session] of this.sessions) {
      if (session.userId === userId && token !== exceptToken) this.sessions.delete(token);
    }
  }
}
