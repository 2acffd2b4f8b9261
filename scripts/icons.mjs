// Renders resources/icons/icon.png (512×512) from icon.svg with Chromium, for electron-builder (which makes the
// Windows .ico from it). Run before packaging: `npm run icons`. The PNG is generated, so it is not committed.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const icons = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icons');
const svg = readFileSync(join(icons, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', '<svg width="512" height="512" ')}</body></html>`);
  await page.screenshot({ path: join(icons, 'icon.png'), omitBackground: true });
  console.log('resources/icons/icon.png');
} finally {
  await browser.close();
}
