import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelFile, checkForUpdate } from '../../../src/main/updates/feed';
import { serveFolder } from '../../../src/main/updates/folder-server';
import { UpdatesService, type UpdateInstaller } from '../../../src/main/updates/service';
import { initialized, silentLog, testWorkstation } from '../../helpers/workstation';

/** A latest.yml as electron-builder writes it for an NSIS build. */
const latest = (version: string, extra = '') => `version: ${version}
files:
  - url: 网站审核工作站-Setup-${version}.exe
    sha512: 0JpCk8wHzHVoM4k2mwpvTtU1m0pTBHhjMR1P6czkWnwpxLo9rtGEnpGgDaP7QF6tW5cZgHEV1UJm9d1hxT1k8g==
    size: 98765432
path: 网站审核工作站-Setup-${version}.exe
sha512: 0JpCk8wHzHVoM4k2mwpvTtU1m0pTBHhjMR1P6czkWnwpxLo9rtGEnpGgDaP7QF6tW5cZgHEV1UJm9d1hxT1k8g==
releaseDate: '2026-12-01T08:00:00.000Z'
${extra}`;

/** The intranet update server: serves whatever `files` holds. */
const files = new Map<string, string>();
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    const body = files.get(decodeURIComponent(new URL(request.url!, 'http://x').pathname));
    if (body === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'Content-Type': 'text/yaml' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/updates`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('update feed', () => {
  it('names the channel file electron-updater uses on each platform', () => {
    expect(channelFile('win32', 'x64')).toBe('latest.yml');
    expect(channelFile('linux', 'x64')).toBe('latest-linux.yml');
    expect(channelFile('linux', 'arm64')).toBe('latest-linux-arm64.yml');
  });

  it('offers a newer version from the server, and nothing when this is the newest', async () => {
    files.set('/updates/latest.yml', latest('0.3.0', 'releaseNotes: 增加书面材料登记和导出 Excel。'));
    const result = await checkForUpdate({ kind: 'url', url: base }, '0.2.1', 'latest.yml');
    expect(result.update).toMatchObject({ version: '0.3.0', notes: '增加书面材料登记和导出 Excel。', releaseDate: '2026-12-01T08:00:00.000Z', files: [{ size: 98765432 }] });
    expect((await checkForUpdate({ kind: 'url', url: `${base}/` }, '0.3.0', 'latest.yml')).update).toBeNull();
    expect((await checkForUpdate({ kind: 'url', url: base }, '0.4.0', 'latest.yml')).update).toBeNull();
    files.set('/updates/latest.yml', latest('0.4.0-beta.1'));
    expect((await checkForUpdate({ kind: 'url', url: base }, '0.3.0', 'latest.yml')).update).toBeNull();
  });

  it('says clearly what is wrong with a server or a channel file', async () => {
    await expect(checkForUpdate({ kind: 'url', url: `${base}/none` }, '0.1.0', 'latest.yml')).rejects.toThrow('更新服务器上没有 latest.yml（HTTP 404）');
    await expect(checkForUpdate({ kind: 'url', url: 'ftp://10.1.1.1/updates' }, '0.1.0', 'latest.yml')).rejects.toThrow('须以 http:// 或 https:// 开头');
    await expect(checkForUpdate({ kind: 'url', url: 'http://127.0.0.1:1/updates' }, '0.1.0', 'latest.yml')).rejects.toThrow('无法连接更新服务器');
    files.set('/updates/latest.yml', 'version: [');
    await expect(checkForUpdate({ kind: 'url', url: base }, '0.1.0', 'latest.yml')).rejects.toThrow('latest.yml 格式有误');
    files.set('/updates/latest.yml', 'version: 0.3.0\nfiles:\n  - url: setup.exe\n');
    await expect(checkForUpdate({ kind: 'url', url: base }, '0.1.0', 'latest.yml')).rejects.toThrow('缺少安装包或其 sha512 校验值');
  });

  it('reads an update folder (USB), and serves it to electron-updater on 127.0.0.1 only within the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-update-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'latest-linux.yml'), latest('0.3.0'));
    writeFileSync(join(dir, 'sub', 'a.bin'), 'installer');
    expect((await checkForUpdate({ kind: 'folder', path: dir }, '0.2.0', 'latest-linux.yml')).update?.version).toBe('0.3.0');
    await expect(checkForUpdate({ kind: 'folder', path: dir }, '0.2.0', 'latest.yml')).rejects.toThrow('文件夹中没有 latest.yml');
    const served = await serveFolder(dir);
    try {
      expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(await (await fetch(`${served.url}latest-linux.yml`)).text()).toContain('version: 0.3.0');
      expect(await (await fetch(`${served.url}sub/a.bin`)).text()).toBe('installer');
      expect((await fetch(`${served.url}..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
    } finally {
      await served.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('软件更新 service', () => {
  it('is disabled in the browser shell and the CLI', async () => {
    const ws = testWorkstation();
    await initialized(ws);
    expect(ws.updates.status()).toMatchObject({ supported: false, state: 'idle' });
    await expect(ws.updates.check({ folder: null })).rejects.toThrow('浏览器模式和命令行不能更新程序');
    ws.dispose();
  });

  it('checks the feed set by the admin, downloads with progress, then installs', async () => {
    const ws = testWorkstation();
    await initialized(ws);
    const steps: string[] = [];
    const installer: UpdateInstaller = {
      download: async (source, onProgress) => {
        steps.push(`download ${source.kind}`);
        onProgress(42.4);
      },
      install: () => steps.push('install'),
    };
    const updates = new UpdatesService(ws.settings, installer, '0.1.0', silentLog);
    await expect(updates.check({ folder: null })).rejects.toThrow('尚未设置更新服务器地址');
    files.set(`/updates/${channelFile()}`, latest('0.3.0'));
    ws.settings.update('admin', { updateFeedUrl: base });
    expect(await updates.check({ folder: null })).toMatchObject({ state: 'available', update: { version: '0.3.0' }, feedUrl: base });
    expect(() => updates.install()).toThrow('更新尚未下载完成');
    updates.download();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(updates.status()).toMatchObject({ state: 'downloaded', progress: 100 });
    updates.install();
    expect(steps).toEqual(['download url', 'install']);
    ws.dispose();
  });
});
