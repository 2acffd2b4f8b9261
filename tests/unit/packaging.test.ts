import { existsSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FILES } from '../../src/main/documents/fonts';

interface BuilderConfig {
  productName: string;
  asarUnpack: string[];
  extraResources: { from: string; to: string }[];
  publish: { provider: string };
  win: { target: { target: string; arch: string[] }[] };
  linux: { target: { target: string; arch: string[] }[] };
}

const config = load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('packaging (electron-builder.yml)', () => {
  it('builds NSIS x64 for Windows and deb + AppImage for x64 and arm64', () => {
    expect(config.productName).toBe('网站审核工作站');
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.linux.target).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ]);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    // Without a publish target electron-builder writes no latest.yml, and updates have nothing to read.
    expect(config.publish.provider).toBe('generic');
  });

  it('ships the migrations and every bundled font the documents look for, from paths that exist', () => {
    const shipped = new Map(config.extraResources.map((r) => [r.to, r.from]));
    expect(existsSync(shipped.get('migrations')!)).toBe(true);
    for (const file of Object.values(BUNDLED_FILES)) {
      const from = shipped.get(`fonts/${file}`);
      expect(from, file).toBeDefined();
      expect(existsSync(from!), from).toBe(true);
    }
  });
});
