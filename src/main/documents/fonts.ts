import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The typefaces a 公文 uses (DOMAIN.md §6): 仿宋 for the body, 小标宋 for titles, 黑体 and 楷体 for headings, 宋体 in tables. */
export const FONT_ROLES = ['fangsong', 'title', 'hei', 'kai', 'song'] as const;
export type FontRole = (typeof FONT_ROLES)[number];

export interface FontFile {
  /** A .ttf, or a .ttc with the face's PostScript name. */
  path: string;
  face?: string;
}

export interface ChosenFont {
  role: FontRole;
  /** What the document uses: the installed Windows font's name, or the bundled OFL font's. */
  name: string;
  normal: FontFile;
  bold: FontFile;
  source: 'system' | 'bundled';
}

/** Installed by Windows (and by WPS Office on 统信UOS / 麒麟), the faces 公文 are set in. */
const SYSTEM: Record<FontRole, { name: string; file: string; face?: string; bold?: string }> = {
  fangsong: { name: '仿宋', file: 'simfang.ttf' },
  title: { name: '黑体（代小标宋）', file: 'simhei.ttf' },
  hei: { name: '黑体', file: 'simhei.ttf' },
  kai: { name: '楷体', file: 'simkai.ttf' },
  song: { name: '宋体', file: 'simsun.ttc', face: 'SimSun' },
};

/** OFL fonts shipped with the app (npm @expo-google-fonts/*, copied to resources/fonts when packaging). */
export const BUNDLED_FILES = {
  serif: 'NotoSerifSC_400Regular.ttf',
  serifBold: 'NotoSerifSC_700Bold.ttf',
  sans: 'NotoSansSC_400Regular.ttf',
  sansBold: 'NotoSansSC_700Bold.ttf',
} as const;
const BUNDLED_PACKAGES: Record<keyof typeof BUNDLED_FILES, string> = {
  serif: '@expo-google-fonts/noto-serif-sc/400Regular',
  serifBold: '@expo-google-fonts/noto-serif-sc/700Bold',
  sans: '@expo-google-fonts/noto-sans-sc/400Regular',
  sansBold: '@expo-google-fonts/noto-sans-sc/700Bold',
};

/** Where Windows and WPS keep the 公文 fonts. */
export function systemFontDirs(): string[] {
  if (process.platform === 'win32') return [join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts')];
  return ['/usr/share/fonts/wps-office', '/usr/share/fonts/windows', '/usr/share/fonts/truetype/windows'];
}

function bundled(fontsDir: string | undefined, key: keyof typeof BUNDLED_FILES): FontFile {
  if (fontsDir) return { path: join(fontsDir, BUNDLED_FILES[key]) };
  const require = createRequire(import.meta.url);
  return { path: require.resolve(`${BUNDLED_PACKAGES[key]}/${BUNDLED_FILES[key]}`) };
}

/**
 * For each role, the installed font where present, else the bundled one: Noto Serif SC stands in for 仿宋, 宋体 and
 * 楷体, Noto Serif SC Bold for 小标宋, Noto Sans SC for 黑体.
 */
export function chooseFonts(options: { systemDirs?: string[]; fontsDir?: string } = {}): Record<FontRole, ChosenFont> {
  const dirs = options.systemDirs ?? systemFontDirs();
  const find = (file: string) => dirs.map((dir) => join(dir, file)).find((path) => existsSync(path));
  const fallback: Record<FontRole, { name: string; normal: keyof typeof BUNDLED_FILES; bold: keyof typeof BUNDLED_FILES }> = {
    fangsong: { name: 'Noto Serif SC', normal: 'serif', bold: 'serifBold' },
    title: { name: 'Noto Serif SC Bold', normal: 'serifBold', bold: 'serifBold' },
    hei: { name: 'Noto Sans SC', normal: 'sans', bold: 'sansBold' },
    kai: { name: 'Noto Serif SC', normal: 'serif', bold: 'serifBold' },
    song: { name: 'Noto Serif SC', normal: 'serif', bold: 'serifBold' },
  };
  return Object.fromEntries(
    FONT_ROLES.map((role) => {
      const system = SYSTEM[role];
      const path = find(system.file);
      if (path) {
        // Windows has no bold 仿宋 / 黑体: the regular face serves both (the title is set in 黑体 regular, as offices do).
        const file = { path, face: system.face };
        return [role, { role, name: system.name, normal: file, bold: file, source: 'system' as const }];
      }
      const { name, normal, bold } = fallback[role];
      return [role, { role, name, normal: bundled(options.fontsDir, normal), bold: bundled(options.fontsDir, bold), source: 'bundled' as const }];
    }),
  ) as Record<FontRole, ChosenFont>;
}
