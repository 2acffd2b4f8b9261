import { useEffect, useState } from 'react';

/** Screen state lives under this prefix, apart from the session token and the browser shell's launch token. */
const PREFIX = 'screen:';

/** Forgets every screen's kept state: the next user starts fresh. */
export function clearScreenState(): void {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
}

/**
 * State that survives leaving the screen and coming back (opening a record, then 返回) for the rest of the session:
 * kept in sessionStorage, which ends with the window.
 */
export function useSessionState<T>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = sessionStorage.getItem(PREFIX + key);
      return stored === null ? initial : (JSON.parse(stored) as T);
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
  }, [key, value]);
  return [value, setValue];
}
