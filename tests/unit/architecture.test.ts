import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../src/shared/api';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const imports = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:^|\s)(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]);

/** The rules of the house (docs/architecture.md), checked on every file so that a slip fails the tests. */
describe('layering', () => {
  it('only src/main/host and src/preload import electron', () => {
    const offenders = sources('src')
      .filter((f) => !f.startsWith(join('src', 'main', 'host')) && !f.startsWith(join('src', 'preload')))
      .filter((f) => imports(f).some((i) => i === 'electron' || i.startsWith('electron/') || i === 'electron-updater'));
    expect(offenders).toEqual([]);
  });

  it('the renderer never imports main-process code or Node built-ins', () => {
    const offenders = sources('src/renderer').filter((f) =>
      imports(f).some((i) => /(^|\/)main\//.test(i) || i.startsWith('node:') || i === 'electron'),
    );
    expect(offenders).toEqual([]);
  });

  it('src/shared is pure: it imports only itself, its data and pure libraries', () => {
    const pure = ['zod', 'punycode/punycode.es6.js', 'chinese-days/dist/chinese-days.json'];
    const offenders = sources('src/shared').flatMap((f) =>
      imports(f)
        .filter((i) => !i.startsWith('.') && !pure.includes(i))
        .map((i) => `${relative('src', f)} → ${i}`)
        .concat(imports(f).filter((i) => i.includes('/main/')).map((i) => `${f} → ${i}`)),
    );
    expect(offenders).toEqual([]);
  });

  it('preload imports nothing from main', () => {
    expect(sources('src/preload').flatMap(imports).filter((i) => i.includes('main/'))).toEqual([]);
  });
});

describe('contract', () => {
  it('declares roles and mutability for every method', () => {
    expect(METHOD_NAMES.length).toBeGreaterThan(0);
    for (const name of METHOD_NAMES) {
      const spec = contract[name];
      expect(typeof spec.mutates, name).toBe('boolean');
      expect(spec.access === 'public' || spec.access === 'signedIn' || Array.isArray(spec.access), name).toBe(true);
    }
  });

  it('keeps public methods to the few needed before sign-in', () => {
    expect(METHOD_NAMES.filter((m) => contract[m].access === 'public').sort()).toEqual([
      'session.current',
      'session.login',
      'setup.initialize',
      'setup.status',
    ]);
  });
});
