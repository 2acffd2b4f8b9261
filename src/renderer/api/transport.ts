import type { MethodName, Result, WorkstationBridge } from '../../shared/api';
import { ERROR_MESSAGES } from '../../shared/api/errors';

export type Transport = (method: MethodName, input: unknown, sessionToken: string | null) => Promise<Result<unknown>>;

const LAUNCH_TOKEN_KEY = 'workstation.launchToken';

function unavailable(): Result<never> {
  return { ok: false, error: { code: 'UNAVAILABLE', message: ERROR_MESSAGES.UNAVAILABLE } };
}

/** Electron: the preload bridge. */
function ipcTransport(bridge: WorkstationBridge): Transport {
  return (method, input, sessionToken) =>
    (bridge[method] as (input: unknown, token: string | null) => Promise<Result<unknown>>)(input, sessionToken);
}

/**
 * Browser shell: POST /rpc/<method> with the launch token from the printed URL. The token is moved from the address
 * bar into sessionStorage at once, so it does not linger in history or screenshots.
 */
function httpTransport(): Transport {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(LAUNCH_TOKEN_KEY, fromUrl);
    window.history.replaceState(null, '', window.location.pathname + window.location.hash);
  }
  const launchToken = sessionStorage.getItem(LAUNCH_TOKEN_KEY) ?? '';

  return async (method, input, sessionToken) => {
    try {
      const response = await fetch(`/rpc/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Workstation-Token': launchToken },
        body: JSON.stringify({ input, session: sessionToken }),
      });
      if (response.status === 403) {
        return {
          ok: false,
          error: { code: 'FORBIDDEN', message: '访问令牌无效：请使用启动时命令行打印的完整地址（含 token）打开工作站。' },
        };
      }
      if (!response.ok) return unavailable();
      return (await response.json()) as Result<unknown>;
    } catch {
      return unavailable();
    }
  };
}

export function createTransport(): Transport {
  return window.workstation ? ipcTransport(window.workstation) : httpTransport();
}
