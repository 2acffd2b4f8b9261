import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built app beside this bundle: out/main/index.js → out/preload, out/renderer. */
const outDir = fileURLToPath(new URL('..', import.meta.url));

export const preloadPath = join(outDir, 'preload', 'index.cjs');
export const rendererDir = join(outDir, 'renderer');

/** Migrations ship as extra resources in a package, and are read from the source tree in development. */
export function migrationsFolder(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'migrations')
    : join(app.getAppPath(), 'src', 'main', 'db', 'migrations');
}

/** The bundled OFL fonts ship as extra resources in a package; in development the documents read node_modules. */
export function fontsFolder(): string | undefined {
  return app.isPackaged ? join(process.resourcesPath, 'fonts') : undefined;
}

/**
 * better-sqlite3 built for Electron's ABI (scripts/electron-native.mjs in development; electron-builder when
 * packaging). Without it the Node build in node_modules is used, which only works under plain Node.
 */
export function sqliteNativeBinding(): string | undefined {
  const built = join(outDir, 'native', 'better_sqlite3.node');
  return !app.isPackaged && existsSync(built) ? built : undefined;
}
