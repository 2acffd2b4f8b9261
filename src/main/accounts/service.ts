import dayjs from 'dayjs';
import { and, eq, ne } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { IDLE_LOCK_MINUTES, LOCKOUT } from '../../shared/accounts/rules';
import { AppError } from '../../shared/api/errors';
import type { SessionInfo, SetupStatus, UserSummary } from '../../shared/api/types';
import type { PasswordHash } from '../../shared/events/events';
import type { Role } from '../../shared/roles';
import type { Db } from '../db/open';
import { users, workstationProfile } from '../db/schema';
import type { Journal } from '../journal/journal';
import { hashPassword, spendVerifyTime, verifyPassword } from './password';
import type { Session, SessionStore } from './sessions';
import { SignInGuard } from './sign-in-guard';

type UserRow = typeof users.$inferSelect;

export interface NewUser {
  username: string;
  displayName: string;
  roles: Role[];
  password: string;
}

/** First-run setup, sign-in, sessions and user administration. */
export class AccountsService {
  private readonly guard: SignInGuard;

  constructor(
    private readonly db: Db,
    private readonly journal: Journal,
    private readonly sessions: SessionStore,
    private readonly idleLockMinutes: () => number,
    now: () => number = Date.now,
  ) {
    this.guard = new SignInGuard(db, now);
  }

  setupStatus(): SetupStatus {
    const profile = this.db.select().from(workstationProfile).get();
    return { initialized: !!profile, workstationName: profile?.name ?? null, regionCode: profile?.regionCode ?? null };
  }

  async initialize(input: { workstationName: string; regionCode: string; admin: Omit<NewUser, 'roles'> }): Promise<void> {
    const passwordHash = await hashPassword(input.admin.password);
    const adminId = randomUUID();
    this.journal.record(null, () => {
      if (this.setupStatus().initialized) throw new AppError('ALREADY_INITIALIZED');
      return [
        {
          type: 'WorkstationInitialized',
          aggregateId: this.journal.workstationId,
          payload: { name: input.workstationName, regionCode: input.regionCode },
        },
        {
          type: 'UserCreated',
          aggregateId: adminId,
          payload: {
            userId: adminId,
            username: input.admin.username,
            displayName: input.admin.displayName,
            roles: ['admin'],
            passwordHash,
            mustChangePassword: false,
          },
        },
        {
          type: 'SettingsChanged',
          aggregateId: this.journal.workstationId,
          payload: { idleLockMinutes: IDLE_LOCK_MINUTES.default },
        },
      ];
    });
  }

  async login(username: string, password: string): Promise<SessionInfo> {
    this.refuseIfLocked(username);
    const user = this.db.select().from(users).where(eq(users.username, username)).get();
    if (!user) {
      await spendVerifyTime(password);
      this.failSignIn(username);
    }
    if (!(await verifyPassword(password, user.passwordHash as PasswordHash))) this.failSignIn(username);
    if (user.disabled) throw new AppError('ACCOUNT_DISABLED');
    this.guard.clear(username);
    return this.sessionInfo(this.sessions.open(user.id));
  }

  async unlock(session: Session, password: string): Promise<SessionInfo> {
    const user = this.requireUser(session.userId);
    this.refuseIfLocked(user.username, session);
    if (!(await verifyPassword(password, user.passwordHash as PasswordHash))) this.failSignIn(user.username, session, '密码不正确');
    this.guard.clear(user.username);
    session.locked = false;
    this.sessions.touch(session);
    return this.sessionInfo(session);
  }

  async changePassword(session: Session, currentPassword: string, newPassword: string): Promise<SessionInfo> {
    const user = this.requireUser(session.userId);
    if (!(await verifyPassword(currentPassword, user.passwordHash as PasswordHash))) {
      throw new AppError('INVALID_INPUT', '当前密码不正确。', { currentPassword: '当前密码不正确' });
    }
    const passwordHash = await hashPassword(newPassword);
    this.journal.record(user.id, () => [
      { type: 'UserPasswordSet', aggregateId: user.id, payload: { userId: user.id, passwordHash, mustChangePassword: false } },
    ]);
    this.sessions.closeAllOf(user.id, session.token);
    return this.sessionInfo(session);
  }

  sessionInfo(session: Session): SessionInfo {
    const user = this.requireUser(session.userId);
    return {
      token: session.token,
      user: {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        roles: user.roles as Role[],
        mustChangePassword: user.mustChangePassword,
        revealsPersonalData: user.revealsPersonalData,
      },
      locked: session.locked,
      idleLockMinutes: this.idleLockMinutes(),
    };
  }

  /** The active user behind a session, or null when the user has since been disabled or removed. */
  activeUser(session: Session): UserRow | null {
    const user = this.db.select().from(users).where(eq(users.id, session.userId)).get();
    return user && !user.disabled ? user : null;
  }

  listUsers(): UserSummary[] {
    return this.db.select().from(users).orderBy(users.createdAt).all().map((u) => this.summary(u));
  }

  async createUser(actor: string, input: NewUser): Promise<UserSummary> {
    const passwordHash = await hashPassword(input.password);
    const userId = randomUUID();
    this.journal.record(actor, () => {
      if (this.db.select().from(users).where(eq(users.username, input.username)).get()) {
        throw new AppError('CONFLICT', `登录名“${input.username}”已被使用，请换一个。`, { username: '登录名已被使用' });
      }
      return [
        {
          type: 'UserCreated',
          aggregateId: userId,
          payload: {
            userId,
            username: input.username,
            displayName: input.displayName,
            roles: input.roles,
            passwordHash,
            mustChangePassword: true,
          },
        },
      ];
    });
    return this.summary(this.requireUser(userId));
  }

  updateUser(actor: string, input: { userId: string; displayName: string; roles: Role[] }): UserSummary {
    this.journal.record(actor, () => {
      const user = this.requireUser(input.userId);
      if (!input.roles.includes('admin')) this.keepAnAdmin(user, '不能取消最后一位管理员的管理员角色。');
      return [{ type: 'UserUpdated', aggregateId: user.id, payload: input }];
    });
    return this.summary(this.requireUser(input.userId));
  }

  async resetPassword(actor: string, input: { userId: string; password: string }): Promise<UserSummary> {
    const passwordHash = await hashPassword(input.password);
    const user = this.requireUser(input.userId);
    this.journal.record(actor, () => [
      { type: 'UserPasswordSet', aggregateId: user.id, payload: { userId: user.id, passwordHash, mustChangePassword: true } },
    ]);
    this.guard.clear(user.username);
    this.sessions.closeAllOf(user.id);
    return this.summary(this.requireUser(user.id));
  }

  setDisabled(actor: string, input: { userId: string; disabled: boolean }): UserSummary {
    this.journal.record(actor, () => {
      const user = this.requireUser(input.userId);
      if (user.disabled === input.disabled) return [];
      if (input.disabled) {
        if (user.id === actor) throw new AppError('CONFLICT', '不能停用自己的账户。');
        this.keepAnAdmin(user, '不能停用最后一位管理员。');
      }
      return [{ type: input.disabled ? 'UserDisabled' : 'UserEnabled', aggregateId: user.id, payload: { userId: user.id } }];
    });
    if (input.disabled) this.sessions.closeAllOf(input.userId);
    return this.summary(this.requireUser(input.userId));
  }

  revealsPersonalData(userId: string): boolean {
    return this.requireUser(userId).revealsPersonalData;
  }

  /** Grants or withdraws the permission to see ID numbers in full. */
  setRevealPermission(actor: string, input: { userId: string; allowed: boolean }): UserSummary {
    this.journal.record(actor, () => {
      const user = this.requireUser(input.userId);
      return user.revealsPersonalData === input.allowed ? [] : [{ type: 'UserRevealPermissionSet', aggregateId: user.id, payload: input }];
    });
    return this.summary(this.requireUser(input.userId));
  }

  /** Refuses a change that would leave no enabled admin other than `user`. */
  private keepAnAdmin(user: UserRow, message: string): void {
    if (!(user.roles as Role[]).includes('admin') || user.disabled) return;
    const others = this.db
      .select()
      .from(users)
      .where(and(ne(users.id, user.id), eq(users.disabled, false)))
      .all()
      .filter((u) => (u.roles as Role[]).includes('admin'));
    if (others.length === 0) throw new AppError('CONFLICT', message);
  }

  private refuseIfLocked(username: string, session?: Session): void {
    const until = this.guard.lockedUntil(username);
    if (!until) return;
    if (session) this.sessions.close(session.token);
    throw new AppError(
      'ACCOUNT_LOCKED',
      `密码连续输错 ${LOCKOUT.maxFailures} 次，账户已锁定至 ${dayjs(until).format('YYYY-MM-DD HH:mm')}；请稍后再试，或请管理员重置密码。`,
    );
  }

  private failSignIn(username: string, session?: Session, what = '登录名或密码错误'): never {
    const left = this.guard.fail(username);
    if (left === 0) this.refuseIfLocked(username, session);
    throw new AppError('BAD_CREDENTIALS', left <= 2 ? `${what}；再错 ${left} 次账户将锁定 ${LOCKOUT.minutes} 分钟。` : `${what}。`);
  }

  private requireUser(userId: string): UserRow {
    const user = this.db.select().from(users).where(eq(users.id, userId)).get();
    if (!user) throw new AppError('NOT_FOUND', '该用户不存在。');
    return user;
  }

  private summary(user: UserRow): UserSummary {
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      roles: user.roles as Role[],
      disabled: user.disabled,
      mustChangePassword: user.mustChangePassword,
      revealsPersonalData: user.revealsPersonalData,
      lockedUntil: this.guard.lockedUntil(user.username),
      createdAt: user.createdAt,
    };
  }
}
