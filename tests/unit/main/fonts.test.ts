import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseFonts } from '../../../src/main/documents/fonts';

let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('fonts for printed documents', () => {
  it('use the installed Windows 公文 fonts where present, the bundled Noto fonts for the rest', () => {
    dir = mkdtempSync(join(tmpdir(), 'ws-fonts-'));
    writeFileSync(join(dir, 'simfang.ttf'), '');
    writeFileSync(join(dir, 'simsun.ttc'), '');
    const fonts = chooseFonts({ systemDirs: [dir] });
    expect(fonts.fangsong).toMatchObject({ source: 'system', name: '仿宋', normal: { path: join(dir, 'simfang.ttf') } });
    expect(fonts.song).toMatchObject({ source: 'system', normal: { path: join(dir, 'simsun.ttc'), face: 'SimSun' } });
    expect(fonts.hei).toMatchObject({ source: 'bundled', name: 'Noto Sans SC' });
    expect(fonts.hei.normal.path).toMatch(/NotoSansSC_400Regular\.ttf$/);
  });

  it('read the bundled fonts from resources/fonts in a package', () => {
    const fonts = chooseFonts({ systemDirs: [], fontsDir: '/opt/网站审核工作站/resources/fonts' });
    expect(fonts.title.normal.path).toBe(join('/opt/网站审核工作站/resources/fonts', 'NotoSerifSC_700Bold.ttf'));
  });
});
