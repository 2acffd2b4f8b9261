import type { z } from 'zod';
import type { Contract, MethodName } from './contract';
import type { Result, Returns } from './define';

export { contract, METHOD_NAMES } from './contract';
export type { Contract, MethodName } from './contract';
export { IPC_CALL_CHANNEL } from './define';
export type { Access, MethodSpec, Result } from './define';
export { AppError, ERROR_MESSAGES } from './errors';
export type { ApiError, ErrorCode } from './errors';
export type * from './types';

export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = Contract[M]['output'] extends Returns<infer T> ? T : never;

/**
 * What preload exposes as `window.workstation`: one function per contract method. The session token is passed
 * along because the main process keeps sessions, not the window.
 */
export type WorkstationBridge = {
  [M in MethodName]: (input: InputOf<M>, sessionToken: string | null) => Promise<Result<OutputOf<M>>>;
};
