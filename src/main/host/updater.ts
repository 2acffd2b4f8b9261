import electronUpdater from 'electron-updater';
import type { Logger } from '../log';
import type { UpdateSource } from '../updates/feed';
import { serveFolder } from '../updates/folder-server';
import type { UpdateInstaller } from '../updates/service';

/**
 * electron-updater with the generic provider: the intranet URL as it is, a folder through a 127.0.0.1 server. It
 * downloads, checks the sha512 that latest.yml gives (and on Windows the installer's signature when the build names
 * a publisher), and installs on quitAndInstall. Nothing is downloaded before the admin asks.
 */
export function electronUpdateInstaller(log: Logger): UpdateInstaller {
  const { autoUpdater } = electronUpdater;
  autoUpdater.autoDownload = false;
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.logger = { info: (m: unknown) => log.info(String(m)), warn: (m: unknown) => log.warn(String(m)), error: (m: unknown) => log.error(String(m)), debug: () => undefined };
  return {
    async download(source: UpdateSource, onProgress: (percent: number) => void): Promise<void> {
      const folder = source.kind === 'folder' ? await serveFolder(source.path) : null;
      try {
        autoUpdater.setFeedURL({ provider: 'generic', url: folder ? folder.url : source.kind === 'url' ? source.url : '' });
        const found = await autoUpdater.checkForUpdates();
        if (!found?.isUpdateAvailable) throw new Error('更新源中没有比当前更新的版本');
        const listener = (progress: { percent: number }) => onProgress(progress.percent);
        autoUpdater.on('download-progress', listener);
        try {
          await autoUpdater.downloadUpdate();
        } finally {
          autoUpdater.off('download-progress', listener);
        }
      } finally {
        await folder?.close();
      }
    },
    install: () => autoUpdater.quitAndInstall(false, true),
  };
}
