import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkCryptoSupport } from '../crypto-check';
import { SchemaTooNewError } from '../db/open';
import { createLogger } from '../log';
import { resolveDataDir } from '../paths/data-dir';
import { openWorkstation } from '../workstation';
import { startBrowserShell } from './server';

/** `npm start` where Electron cannot run: the same app, served to the system browser on 127.0.0.1. */
async function main(): Promise<void> {
  const rendererDir = fileURLToPath(new URL('../../../out/renderer', import.meta.url));
  if (!existsSync(`${rendererDir}/index.html`)) {
    console.error('找不到界面文件 out/renderer/index.html：请先运行 npm run build（npm start 会自动构建）。');
    process.exit(1);
  }
  const missing = checkCryptoSupport();
  if (missing.length > 0) {
    console.error(`本机的加密库缺少必需的算法：${missing.join(', ')}；工作站无法安全运行。`);
    process.exit(1);
  }

  const dataDir = resolveDataDir(process.argv.slice(2));
  const portFlag = process.argv.indexOf('--port');
  const port = portFlag >= 0 ? Number(process.argv[portFlag + 1]) : 0;
  const log = createLogger(dataDir);
  const workstation = openWorkstation({ dataDir, host: 'browser-shell', log });
  log.info(`browser shell started, app ${workstation.info().appVersion}`);
  workstation.backups.schedule();
  const shell = await startBrowserShell({ router: workstation.router, rendererDir, port });

  console.log(`数据目录 / data directory: ${dataDir}`);
  console.log(`请在浏览器中打开 / open in a browser: ${shell.url}`);
  console.log('按 Ctrl+C 退出 / press Ctrl+C to stop.');

  const stop = async () => {
    await shell.close();
    workstation.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof SchemaTooNewError ? error.message : error);
  process.exit(1);
});
