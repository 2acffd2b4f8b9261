import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startBrowserShell, type BrowserShell } from '../../src/main/browser-shell/server';
import { openWorkstation, type Workstation } from '../../src/main/workstation';
import { silentLog } from '../helpers/workstation';

/** Debian's Chromium; the flags keep it off the network this machine does not have. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const ARTIFACTS = resolve('artifacts/e2e');

export interface App {
  workstation: Workstation;
  shell: BrowserShell;
  browser: Browser;
  page: Page;
  /** Saves a screenshot to artifacts/e2e/<name>.png. */
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real app: a fresh data directory, the browser shell on 127.0.0.1, Chromium at 1366×860. `prepare` may set
 * the workstation up (users, fixtures) before the page opens; `now` lets it write data with past dates.
 */
export async function startApp(prepare?: (ws: Workstation, setClock: (ms: number) => void) => Promise<void>): Promise<App> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ws-e2e-'));
  let clock: number | null = null;
  const workstation = openWorkstation({ dataDir, host: 'browser-shell', log: silentLog, now: () => clock ?? Date.now() });
  if (prepare) {
    await prepare(workstation, (ms) => (clock = ms));
    clock = null;
  }
  const shell = await startBrowserShell({ router: workstation.router, rendererDir: resolve('out/renderer') });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
  mkdirSync(ARTIFACTS, { recursive: true });
  page.setDefaultTimeout(10_000);
  await page.goto(shell.url);
  return {
    workstation,
    shell,
    browser,
    page,
    shot: async (name) => {
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    },
    close: async () => {
      await browser.close();
      await shell.close();
      workstation.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
