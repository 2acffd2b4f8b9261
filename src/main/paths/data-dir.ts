import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const PRODUCT_NAME = '网站审核工作站';

/**
 * The folder Electron would use as userData, so that the desktop app, the browser shell and the CLI find the same
 * database by default: %APPDATA% on Windows, ~/Library/Application Support on macOS, $XDG_CONFIG_HOME (~/.config)
 * elsewhere.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = homedir();
  const base =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(base, PRODUCT_NAME);
}

/** `--data-dir DIR` wins, then WORKSTATION_DATA_DIR, then the default. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const flag = argv.findIndex((arg) => arg === '--data-dir' || arg.startsWith('--data-dir='));
  if (flag >= 0) {
    const value = argv[flag].includes('=') ? argv[flag].slice('--data-dir='.length) : argv[flag + 1];
    if (!value) throw new Error('--data-dir 需要一个目录路径。');
    return resolve(value);
  }
  if (env.WORKSTATION_DATA_DIR) return resolve(env.WORKSTATION_DATA_DIR);
  return defaultDataDir(env);
}
