import { ipcMain } from 'electron';
import { IPC_CALL_CHANNEL } from '../../shared/api/define';
import type { Logger } from '../log';
import type { Router } from '../rpc/router';
import { isTrustedSender } from './security';

export function bindIpc(router: Router, log: Logger): void {
  ipcMain.handle(IPC_CALL_CHANNEL, (event, method: unknown, input: unknown, sessionToken: unknown) => {
    const frame = event.senderFrame;
    if (!isTrustedSender(event.sender, frame?.url, frame === event.sender.mainFrame)) {
      log.warn(`refused IPC from untrusted frame ${frame?.url ?? '(gone)'}`);
      return { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求。' } };
    }
    return router.call(method, input, sessionToken);
  });
}
