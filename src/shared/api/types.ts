import type { Role } from '../roles';

/** What the renderer knows about the signed-in user. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  mustChangePassword: boolean;
}

export interface SessionInfo {
  token: string;
  user: SessionUser;
  locked: boolean;
  idleLockMinutes: number;
}

export interface SetupStatus {
  initialized: boolean;
  workstationName: string | null;
  regionCode: string | null;
}

export interface UserSummary {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  disabled: boolean;
  mustChangePassword: boolean;
  /** ISO time until which sign-in is refused after repeated wrong passwords, or null. */
  lockedUntil: string | null;
  createdAt: string;
}

export interface Settings {
  idleLockMinutes: number;
}

export interface SystemInfo {
  appVersion: string;
  workstationId: string;
  workstationName: string;
  regionCode: string;
  dataDir: string;
  schemaMigrations: number;
  eventCount: number;
  host: 'electron' | 'browser-shell' | 'cli';
}

export interface CheckStep {
  name: 'integrity' | 'chain' | 'rebuild';
  ok: boolean;
  detail: string;
}

export interface SystemCheckReport {
  ok: boolean;
  steps: CheckStep[];
  stateHash: string;
}
