import { app, session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../security/csp';

export const APP_ORIGIN = 'app://workstation';

/** The renderer's origin: the app:// protocol, or electron-vite's dev server during development. */
export function trustedOrigins(): string[] {
  const dev = process.env.ELECTRON_RENDERER_URL;
  return dev ? [APP_ORIGIN, new URL(dev).origin] : [APP_ORIGIN];
}

/** Electron's security checklist, applied to every web contents the app ever creates. */
export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isTrustedUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isTrustedUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

function isTrustedUrl(url: string): boolean {
  try {
    // Not URL.origin: under Node it is "null" for non-special schemes such as app://.
    const { protocol, host } = new URL(url);
    return trustedOrigins().includes(`${protocol}//${host}`);
  } catch {
    return false;
  }
}

/** An IPC message is served only from the app's own top frame. */
export function isTrustedSender(sender: WebContents, frameUrl: string | undefined, isMainFrame: boolean): boolean {
  return !sender.isDestroyed() && isMainFrame && frameUrl !== undefined && isTrustedUrl(frameUrl);
}
