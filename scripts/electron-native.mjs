// Builds better-sqlite3 for Electron's ABI into out/native/, leaving node_modules' Node build for tests and the CLI.
// Needs Electron's headers (internet) the first time; skipped when the binary is already there.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const target = resolve('out/native/better_sqlite3.node');
const stamp = `${target}.${electronVersion}`;

if (existsSync(target) && existsSync(stamp)) process.exit(0);

const source = dirname(require.resolve('better-sqlite3/package.json'));
const work = resolve('out/native-build/better-sqlite3');
cpSync(source, work, { recursive: true, filter: (path) => !path.includes(`${join('build', '')}`) });
const nodeGyp = process.env.npm_config_node_gyp;
const result = spawnSync(
  nodeGyp ? process.execPath : 'npx',
  [
    ...(nodeGyp ? [nodeGyp] : ['node-gyp']),
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    '--runtime=electron',
    '--dist-url=https://electronjs.org/headers',
  ],
  { cwd: work, stdio: 'inherit', shell: process.platform === 'win32' },
);
if (result.status !== 0) {
  console.error('无法为 Electron 编译 better-sqlite3（需要联网下载 Electron 头文件）。可用 npm start -- --browser 以浏览器模式运行。');
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
cpSync(target, stamp);
