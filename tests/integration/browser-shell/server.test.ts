import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserShell, type BrowserShell } from '../../../src/main/browser-shell/server';
import { testWorkstation, type TestWorkstation } from '../../helpers/workstation';

let ws: TestWorkstation;
let shell: BrowserShell;
let rendererDir: string;

beforeAll(async () => {
  ws = testWorkstation();
  rendererDir = mkdtempSync(join(tmpdir(), 'ws-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>网站审核工作站</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'secret.txt'), 'secret');
  shell = await startBrowserShell({ router: ws.router, rendererDir });
});
afterAll(async () => {
  await shell.close();
  ws.dispose();
  rmSync(rendererDir, { recursive: true, force: true });
});

/** A raw HTTP request, so the test controls every header (fetch would add Origin itself). */
function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const { port } = new URL(shell.origin);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const rpcHeaders = () => ({
  Host: shell.origin.slice('http://'.length),
  Origin: shell.origin,
  'Content-Type': 'application/json',
  'X-Workstation-Token': shell.token,
});

describe('browser shell', () => {
  it('listens on 127.0.0.1 with a random port and prints a URL holding the token', () => {
    expect(shell.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(shell.url).toBe(`${shell.origin}/?token=${shell.token}`);
    expect(shell.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the renderer with a strict CSP', async () => {
    const page = await raw('/', { headers: { Host: shell.origin.slice(7) } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('网站审核工作站');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await raw('/assets/app.js', { headers: { Host: shell.origin.slice(7) } })).status).toBe(200);
  });

  it('refuses paths outside the renderer', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await raw(path, { headers: { Host: shell.origin.slice(7) } });
      expect(res.status, path).toBe(404);
    }
  });

  it('answers a call with the right token, origin and host', async () => {
    const res = await raw('/rpc/setup.status', { method: 'POST', headers: rpcHeaders(), body: '{"input":{}}' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { initialized: false, workstationName: null, regionCode: null } });
  });

  it('refuses a call without the launch token or with a wrong one', async () => {
    const { 'X-Workstation-Token': _t, ...noToken } = rpcHeaders();
    expect((await raw('/rpc/setup.status', { method: 'POST', headers: noToken, body: '{}' })).status).toBe(403);
    const wrong = { ...rpcHeaders(), 'X-Workstation-Token': 'x'.repeat(32) };
    expect((await raw('/rpc/setup.status', { method: 'POST', headers: wrong, body: '{}' })).status).toBe(403);
  });

  it('refuses a call from another origin (a web page in the same browser)', async () => {
    const headers = { ...rpcHeaders(), Origin: 'http://evil.example' };
    expect((await raw('/rpc/setup.status', { method: 'POST', headers, body: '{}' })).status).toBe(403);
  });

  it('refuses a foreign Host (DNS rebinding)', async () => {
    const headers = { ...rpcHeaders(), Host: `evil.example:${new URL(shell.origin).port}` };
    expect((await raw('/rpc/setup.status', { method: 'POST', headers, body: '{}' })).status).toBe(421);
  });

  it('refuses oversized and malformed bodies', async () => {
    const big = JSON.stringify({ input: { x: 'a'.repeat(2 * 1024 * 1024) } });
    expect((await raw('/rpc/setup.status', { method: 'POST', headers: rpcHeaders(), body: big }).catch(() => ({ status: 413 }))).status).toBe(413);
    expect((await raw('/rpc/setup.status', { method: 'POST', headers: rpcHeaders(), body: '{' })).status).toBe(400);
  });

  it('takes a scan upload larger than 1 MiB, as the contract allows that method', async () => {
    const upload = JSON.stringify({ input: { applicationId: 'a1', fileName: '扫描件.pdf', contentBase64: 'A'.repeat(2 * 1024 * 1024) } });
    const response = await raw('/rpc/scans.attach', { method: 'POST', headers: rpcHeaders(), body: upload });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).error.code).toBe('UNAUTHENTICATED');
  });
});
