import { contract, type MethodName, type OutputOf, type ParsedInputOf, type Result } from '../../shared/api';
import { AppError, ERROR_MESSAGES, type ApiError } from '../../shared/api/errors';
import { fieldErrors } from '../../shared/api/field-errors';
import type { Role } from '../../shared/roles';
import type { Session } from '../accounts/sessions';
import type { Logger } from '../log';

export interface Caller {
  session: Session;
  userId: string;
  roles: readonly Role[];
}

export interface HandlerContext {
  /** The signed-in caller; null only in public methods called without a session. */
  caller: Caller | null;
}

export type Handlers = {
  [M in MethodName]: (input: ParsedInputOf<M>, context: HandlerContext) => OutputOf<M> | Promise<OutputOf<M>>;
};

export interface RouterDeps {
  handlers: Handlers;
  /** The caller behind a session token, or null (no such session, or its user is disabled). */
  resolveCaller(token: string | null): Caller | null;
  touch(caller: Caller): void;
  log: Logger;
}

/** The signed-in caller of a method whose access is not public. */
export function callerOf(context: HandlerContext): Caller {
  if (!context.caller) throw new AppError('UNAUTHENTICATED');
  return context.caller;
}

function failure(code: ApiError['code'], message?: string, fields?: Record<string, string>): Result<never> {
  return { ok: false, error: new AppError(code, message, fields).toApiError() };
}

/**
 * Every call from every host passes here: known method → session → role → idle lock → input schema → handler.
 * Handlers run only with parsed input and an authorised caller; whatever they throw becomes a typed error.
 */
export class Router {
  constructor(private readonly deps: RouterDeps) {}

  async call(method: unknown, rawInput: unknown, token: unknown): Promise<Result<unknown>> {
    if (typeof method !== 'string' || !Object.hasOwn(contract, method)) {
      return failure('NOT_FOUND', '未知的操作。');
    }
    const name = method as MethodName;
    const spec = contract[name];
    const caller = this.deps.resolveCaller(typeof token === 'string' ? token : null);

    if (spec.access !== 'public') {
      if (!caller) return failure('UNAUTHENTICATED');
      if (Array.isArray(spec.access) && !spec.access.some((role: Role) => caller.roles.includes(role))) {
        this.deps.log.warn(`refused ${name}: user ${caller.userId} lacks role`);
        return failure('FORBIDDEN');
      }
      if (caller.session.locked && !spec.whileLocked) return failure('SESSION_LOCKED');
    }

    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      const first = Object.values(fields)[0];
      return failure('INVALID_INPUT', first ? `${ERROR_MESSAGES.INVALID_INPUT}（${first}）` : undefined, fields);
    }

    if (caller && !caller.session.locked) this.deps.touch(caller);
    try {
      const handler = this.deps.handlers[name] as (input: unknown, context: HandlerContext) => unknown;
      const value = await handler(parsed.data, { caller });
      return { ok: true, value: value ?? null };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toApiError() };
      this.deps.log.error(`method ${name} failed`, error);
      return failure('INTERNAL');
    }
  }
}
