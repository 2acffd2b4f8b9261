import { AppError } from '../../shared/api/errors';
import type { UpdateStatus } from '../../shared/api/types';
import type { Logger } from '../log';
import type { SettingsService } from '../settings/service';
import { checkForUpdate, type UpdateSource } from './feed';

/** What the host does with an update: electron-updater in the desktop app; nothing in the browser shell or CLI. */
export interface UpdateInstaller {
  /** Downloads and verifies (sha512 from the channel file, as electron-updater does) the release the source offers. */
  download(source: UpdateSource, onProgress: (percent: number) => void): Promise<void>;
  /** Quits and installs the downloaded release. */
  install(): void;
}

const DISABLED = '浏览器模式和命令行不能更新程序，请在桌面程序中更新。';

/**
 * 软件更新: check an intranet feed (its URL is a setting) or a folder, download with progress, install on restart.
 * The check is plain HTTP or file reading here; downloading and installing are the host's (electron-updater).
 */
export class UpdatesService {
  private state: UpdateStatus['state'] = 'idle';
  private source: UpdateSource | null = null;
  private update: UpdateStatus['update'] = null;
  private progress = 0;
  private error: string | null = null;
  private checkedAt: string | null = null;

  constructor(
    private readonly settings: SettingsService,
    private readonly installer: UpdateInstaller | null,
    private readonly currentVersion: string,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  status(): UpdateStatus {
    return {
      supported: this.installer !== null,
      current: this.currentVersion,
      feedUrl: this.settings.get().updateFeedUrl,
      state: this.state,
      update: this.update,
      progress: this.progress,
      error: this.error,
      checkedAt: this.checkedAt,
    };
  }

  async check(input: { folder: string | null }): Promise<UpdateStatus> {
    if (!this.installer) throw new AppError('CONFLICT', DISABLED);
    if (this.state === 'downloading') throw new AppError('CONFLICT', '正在下载更新，请稍候。');
    const feedUrl = this.settings.get().updateFeedUrl;
    const source: UpdateSource | null = input.folder ? { kind: 'folder', path: input.folder } : feedUrl ? { kind: 'url', url: feedUrl } : null;
    if (!source) throw new AppError('CONFLICT', '尚未设置更新服务器地址；可填写地址，或选择存放更新文件的文件夹。');
    this.state = 'checking';
    this.error = null;
    try {
      const result = await checkForUpdate(source, this.currentVersion);
      this.source = source;
      this.update = result.update;
      this.state = result.update ? 'available' : 'idle';
      this.checkedAt = new Date(this.now()).toISOString();
      return this.status();
    } catch (error) {
      this.state = 'error';
      this.error = error instanceof AppError ? error.message : '检查更新失败。';
      throw error;
    }
  }

  /** At start-up, when a feed is set: quietly, so that the admin sees the result in 系统设置. */
  async checkAtStart(): Promise<void> {
    if (!this.installer || !this.settings.get().updateFeedUrl) return;
    try {
      const status = await this.check({ folder: null });
      if (status.update) this.log.info(`update ${status.update.version} available`);
    } catch (error) {
      this.log.warn(`update check at start failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  download(): UpdateStatus {
    if (!this.installer) throw new AppError('CONFLICT', DISABLED);
    if (this.state !== 'available' || !this.source) throw new AppError('CONFLICT', '没有可下载的更新，请先检查更新。');
    this.state = 'downloading';
    this.progress = 0;
    this.installer
      .download(this.source, (percent) => (this.progress = Math.round(percent)))
      .then(() => {
        this.state = 'downloaded';
        this.progress = 100;
      })
      .catch((error: unknown) => {
        this.state = 'error';
        this.error = `下载或校验更新失败：${error instanceof Error ? error.message : String(error)}`;
        this.log.error('update download failed', { error: this.error });
      });
    return this.status();
  }

  install(): void {
    if (!this.installer) throw new AppError('CONFLICT', DISABLED);
    if (this.state !== 'downloaded') throw new AppError('CONFLICT', '更新尚未下载完成。');
    this.installer.install();
  }
}
