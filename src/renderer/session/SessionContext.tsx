import { notifications } from '@mantine/notifications';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { SessionInfo, SetupStatus } from '../../shared/api';
import type { Role } from '../../shared/roles';
import { api } from '../api/client';
import { clearScreenState } from './useSessionState';

type Phase = 'loading' | 'setup' | 'signedOut' | 'signedIn' | 'unavailable';

interface SessionState {
  phase: Phase;
  setup: SetupStatus | null;
  session: SessionInfo | null;
  /** Re-reads setup status and session from the main process. */
  refresh(): Promise<void>;
  signedIn(session: SessionInfo): void;
  logout(): Promise<void>;
  lock(): Promise<void>;
  hasRole(...roles: Role[]): boolean;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [phase, setPhase] = useState<Phase>('loading');
  const [setup, setSetup] = useState<SetupStatus | null>(null);
  const [session, setSession] = useState<SessionInfo | null>(null);
  const navigate = useNavigate();

  const refresh = useCallback(async () => {
    try {
      const status = await api.call('setup.status', {});
      setSetup(status);
      if (!status.initialized) {
        setPhase('setup');
        return;
      }
      const current = await api.call('session.current', {});
      setSession(current);
      if (!current) api.setSessionToken(null);
      setPhase(current ? 'signedIn' : 'signedOut');
    } catch {
      setPhase('unavailable');
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      api.onSessionProblem((problem) => {
        if (problem === 'SESSION_LOCKED') {
          setSession((s) => (s ? { ...s, locked: true } : s));
        } else {
          api.setSessionToken(null);
          setSession(null);
          setPhase('signedOut');
        }
      }),
    [],
  );

  const signedIn = useCallback((info: SessionInfo) => {
    api.setSessionToken(info.token);
    setSession(info);
    setPhase('signedIn');
  }, []);

  const logout = useCallback(async () => {
    await api.call('session.logout', {}).catch(() => undefined);
    api.setSessionToken(null);
    setSession(null);
    setPhase('signedOut');
    notifications.clean();
    // The next person to sign in starts at the home screen, with none of the previous user's filters.
    clearScreenState();
    navigate('/', { replace: true });
  }, [navigate]);

  const lock = useCallback(async () => {
    await api.call('session.lock', {}).catch(() => undefined);
    setSession((s) => (s ? { ...s, locked: true } : s));
  }, []);

  const value = useMemo<SessionState>(
    () => ({
      phase,
      setup,
      session,
      refresh,
      signedIn,
      logout,
      lock,
      hasRole: (...roles) => !!session && roles.some((r) => session.user.roles.includes(r)),
    }),
    [phase, setup, session, refresh, signedIn, logout, lock],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
