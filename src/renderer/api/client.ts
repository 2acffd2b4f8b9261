import type { ApiError, ErrorCode, InputOf, MethodName, OutputOf } from '../../shared/api';
import { createTransport, type Transport } from './transport';

/** A failed contract call, carrying the main process's code, zh-CN message and per-field messages. */
export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string>;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.fields = error.fields ?? {};
  }
}

const SESSION_KEY = 'workstation.session';

type SessionProblem = 'UNAUTHENTICATED' | 'SESSION_LOCKED';

/**
 * The renderer's only way to the main process: typed from the contract, so a renamed method or a changed input
 * breaks the build. Holds the session token and tells listeners when the session is gone or locked.
 */
class WorkstationClient {
  private readonly transport: Transport = createTransport();
  private sessionToken: string | null = sessionStorage.getItem(SESSION_KEY);
  private readonly listeners = new Set<(problem: SessionProblem) => void>();

  async call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
    const result = await this.transport(method, input, this.sessionToken);
    if (result.ok) return result.value as OutputOf<M>;
    const { code } = result.error;
    if (code === 'UNAUTHENTICATED' || code === 'SESSION_LOCKED') {
      for (const listener of this.listeners) listener(code);
    }
    throw new ApiCallError(result.error);
  }

  setSessionToken(token: string | null): void {
    this.sessionToken = token;
    if (token) sessionStorage.setItem(SESSION_KEY, token);
    else sessionStorage.removeItem(SESSION_KEY);
  }

  onSessionProblem(listener: (problem: SessionProblem) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export const api = new WorkstationClient();
