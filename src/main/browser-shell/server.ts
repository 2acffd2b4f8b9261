import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { contract, type MethodName } from '../../shared/api';
import type { Router } from '../rpc/router';
import { CONTENT_SECURITY_POLICY } from '../security/csp';

const MAX_BODY_BYTES = 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface BrowserShellOptions {
  router: Router;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
}

export interface BrowserShell {
  /** Open this in a browser: the address with the launch token. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

/**
 * The same app as the Electron window, served to a browser on 127.0.0.1 only. Every contract call must carry the
 * per-launch token (which only the printed URL holds) and come from this origin, so another local program or a web
 * page cannot drive the workstation.
 */
export async function startBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  const token = randomBytes(24).toString('base64url');
  let origin = '';

  const server = createServer((request, response) => {
    baseHeaders(response);
    const host = request.headers.host;
    // The Host check defeats DNS rebinding: a foreign name resolved to 127.0.0.1 still carries its own Host.
    if (`http://${host}` !== origin) return send(response, 421, 'Misdirected request');
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname.startsWith('/rpc/')) {
      void handleRpc(request, response, url.pathname.slice('/rpc/'.length));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed');
    serveStatic(options.rendererDir, url.pathname, response);
  });

  async function handleRpc(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, 'Method not allowed');
    if (request.headers.origin !== origin) return send(response, 403, 'Origin refused');
    if (!tokenMatches(request.headers['x-workstation-token'], token)) return send(response, 403, 'Token refused');
    if (!String(request.headers['content-type']).startsWith('application/json')) {
      return send(response, 415, 'JSON only');
    }
    let body: { input?: unknown; session?: unknown };
    try {
      body = JSON.parse(await readBody(request, bodyLimit(decodeURIComponent(method))));
    } catch (error) {
      return send(response, error instanceof BodyTooLarge ? 413 : 400, 'Bad request');
    }
    const result = await options.router.call(decodeURIComponent(method), body.input, body.session);
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(JSON.stringify(result));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function baseHeaders(response: ServerResponse): void {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

class BodyTooLarge extends Error {}

/** 1 MiB, or what an upload method declares in the contract. */
function bodyLimit(method: string): number {
  const spec = Object.hasOwn(contract, method) ? contract[method as MethodName] : undefined;
  return Math.max(MAX_BODY_BYTES, (spec as { maxInputBytes?: number } | undefined)?.maxInputBytes ?? 0);
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function serveStatic(root: string, pathname: string, response: ServerResponse): void {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '');
  const file = join(root, relative === '' ? 'index.html' : relative);
  if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
    return send(response, 404, 'Not found');
  }
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
  });
  createReadStream(file).pipe(response);
}
