import { execSync } from 'node:child_process';

/** Builds the app the browser shell serves, unless the caller (CI) just built it. */
export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  execSync('npx electron-vite build', { stdio: 'ignore' });
}
