import type { AccountsService } from '../accounts/service';
import type { SessionStore } from '../accounts/sessions';
import type { SettingsService } from '../settings/service';
import { callerOf, type Handlers } from './router';
import type { SystemInfo, SystemCheckReport } from '../../shared/api/types';
import { AppError } from '../../shared/api/errors';

export interface Services {
  accounts: AccountsService;
  sessions: SessionStore;
  settings: SettingsService;
  systemInfo(): SystemInfo;
  checkDatabase(): SystemCheckReport;
}

/** Contract method → service call. Access and input were checked by the router before any of these run. */
export function createHandlers({ accounts, sessions, settings, systemInfo, checkDatabase }: Services): Handlers {
  const requireSetup = () => {
    if (!accounts.setupStatus().initialized) throw new AppError('NOT_INITIALIZED');
  };
  return {
    'setup.status': () => accounts.setupStatus(),
    'setup.initialize': async (input) => {
      await accounts.initialize(input);
      return null;
    },

    'session.login': (input) => {
      requireSetup();
      return accounts.login(input.username, input.password);
    },
    'session.current': (_input, { caller }) => (caller ? accounts.sessionInfo(caller.session) : null),
    'session.logout': (_input, context) => {
      sessions.close(callerOf(context).session.token);
      return null;
    },
    'session.lock': (_input, context) => {
      callerOf(context).session.locked = true;
      return null;
    },
    'session.unlock': (input, context) => accounts.unlock(callerOf(context).session, input.password),
    'session.changePassword': (input, context) =>
      accounts.changePassword(callerOf(context).session, input.currentPassword, input.newPassword),

    'users.list': () => accounts.listUsers(),
    'users.create': (input, context) => accounts.createUser(callerOf(context).userId, input),
    'users.update': (input, context) => accounts.updateUser(callerOf(context).userId, input),
    'users.resetPassword': (input, context) => accounts.resetPassword(callerOf(context).userId, input),
    'users.setDisabled': (input, context) => accounts.setDisabled(callerOf(context).userId, input),

    'settings.get': () => settings.get(),
    'settings.update': (input, context) => settings.update(callerOf(context).userId, input),

    'system.info': () => systemInfo(),
    'system.check': () => checkDatabase(),
  };
}
