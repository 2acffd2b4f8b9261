import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir } from '../../../src/main/paths/data-dir';

describe('data directory', () => {
  it('prefers --data-dir, then WORKSTATION_DATA_DIR', () => {
    expect(resolveDataDir(['--data-dir', 'd1'], { WORKSTATION_DATA_DIR: 'd2' })).toBe(resolve('d1'));
    expect(resolveDataDir(['--data-dir=d3'], {})).toBe(resolve('d3'));
    expect(resolveDataDir([], { WORKSTATION_DATA_DIR: 'd2' })).toBe(resolve('d2'));
  });

  it('defaults to the folder Electron uses for userData', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\zw\\AppData\\Roaming' }, 'win32')).toBe(
      join('C:\\Users\\zw\\AppData\\Roaming', '网站审核工作站'),
    );
    expect(defaultDataDir({}, 'linux')).toBe(join(homedir(), '.config', '网站审核工作站'));
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/srv/cfg' }, 'linux')).toBe(join('/srv/cfg', '网站审核工作站'));
  });
});
