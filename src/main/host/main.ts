import { app, BrowserWindow, dialog } from 'electron';
import { checkCryptoSupport } from '../crypto-check';
import { createLogger } from '../log';
import { openWorkstation, type Workstation } from '../workstation';
import { bindIpc } from './ipc';
import { safeStorageProtector } from './key-protector';
import { electronUpdateInstaller } from './updater';
import { migrationsFolder, fontsFolder, preloadPath, rendererDir, sqliteNativeBinding } from './paths';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenApp } from './security';
import { createMainWindow } from './window';

registerAppScheme();
app.enableSandbox();

let workstation: Workstation | null = null;

function fail(message: string): never {
  dialog.showErrorBox('网站审核工作站无法启动', message);
  app.exit(1);
  throw new Error(message);
}

async function start(): Promise<void> {
  const missing = checkCryptoSupport();
  if (missing.length > 0) fail(`本机 Electron 的加密库缺少必需的算法：${missing.join(', ')}。`);
  hardenApp();
  const log = createLogger(app.getPath('userData'));
  try {
    workstation = openWorkstation({
      dataDir: app.getPath('userData'),
      host: 'electron',
      log,
      migrationsFolder: migrationsFolder(),
      fontsDir: fontsFolder(),
      keyProtector: safeStorageProtector,
      updateInstaller: electronUpdateInstaller(log),
      nativeBinding: sqliteNativeBinding(),
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  serveRenderer(rendererDir);
  bindIpc(workstation.router, log);
  workstation.backups.schedule();
  void workstation.updates.checkAtStart();
  log.info(`desktop app started, app ${app.getVersion()}`);
  createMainWindow(preloadPath);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => workstation?.close());
  app.whenReady().then(start, (error) => fail(String(error)));
}
