import type { z } from 'zod';
import type { Role } from '../roles';
import type { ApiError } from './errors';

/**
 * Who may call a method: anyone (sign-in, first-run setup), any signed-in user, or a user holding one of the roles.
 * `whileLocked` lets the few methods an idle-locked session still needs (unlock, log out) through.
 */
export type Access = 'public' | 'signedIn' | readonly Role[];

/** Carries a method's output type without a runtime value. */
export interface Returns<T> {
  readonly __returns?: T;
}

export function returns<T>(): Returns<T> {
  return {};
}

export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  summary: string;
  input: I;
  output: Returns<O>;
  access: Access;
  /** True when the method changes data (writes journal events or local state). */
  mutates: boolean;
  whileLocked?: boolean;
  /** Request bodies larger than the default 1 MiB this method accepts (file uploads); checked by the browser shell. */
  maxInputBytes?: number;
}

export function method<I extends z.ZodType, O>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The single IPC channel between preload and the Electron host; each message names one contract method. */
export const IPC_CALL_CHANNEL = 'workstation:call';
