// npm start: build, then run the Electron app if its binary is here or can be fetched; otherwise say so in one line
// and serve the same app through the browser shell on 127.0.0.1. Flags after `--` go to the app (--data-dir DIR).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser') || process.env.WORKSTATION_BROWSER_SHELL === '1';
const appArgs = args.filter((arg) => arg !== '--browser');

function electronBinary() {
  const dir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

function obtainElectron() {
  const dir = dirname(require.resolve('electron/package.json'));
  const result = spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
  return result.status === 0 ? electronBinary() : null;
}

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const electron = forceBrowser ? null : (electronBinary() ?? obtainElectron());
run('npx', ['electron-vite', 'build']);

let child;
if (electron) {
  run(process.execPath, ['scripts/electron-native.mjs']);
  child = spawn(electron, ['.', ...appArgs], { stdio: 'inherit' });
} else {
  console.log(
    forceBrowser
      ? '按要求以浏览器模式启动 / starting the browser shell as asked.'
      : '本机没有 Electron 运行文件且无法下载，改用浏览器模式 / Electron is not available here: serving the app to a browser instead.',
  );
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main/browser-shell/main.ts', ...appArgs], { stdio: 'inherit' });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
