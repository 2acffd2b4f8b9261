import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from './security';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 680,
    title: '网站审核工作站',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Chromium's built-in PDF viewer, for print previews of the generated documents.
      plugins: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  const dev = process.env.ELECTRON_RENDERER_URL;
  void window.loadURL(dev ?? `${APP_ORIGIN}/index.html`);
  return window;
}
