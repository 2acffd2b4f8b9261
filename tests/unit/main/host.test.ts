import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron's binary cannot run on the build machines, so the host is tested against a recording stand-in of the
// electron module: what it asks Electron to do is what is checked.
const recorded = vi.hoisted(() => ({
  windows: [] as { options: Record<string, unknown>; url?: string }[],
  appHandlers: new Map<string, (...args: unknown[]) => void>(),
  ipcHandlers: new Map<string, (...args: unknown[]) => unknown>(),
  protocolHandler: null as null | ((request: Request) => Promise<Response>),
  permissionRequest: null as null | ((...args: unknown[]) => void),
  permissionCheck: null as null | ((...args: unknown[]) => boolean),
  headers: null as null | ((details: unknown, callback: (r: unknown) => void) => void),
  fetched: [] as string[],
  keyring: 'gnome_libsecret',
}));

vi.mock('electron', () => ({
  app: {
    on: (event: string, handler: (...args: unknown[]) => void) => recorded.appHandlers.set(event, handler),
    isPackaged: false,
    getAppPath: () => '/app',
  },
  BrowserWindow: class {
    constructor(options: Record<string, unknown>) {
      recorded.windows.push({ options });
    }
    once() {}
    loadURL(url: string) {
      recorded.windows.at(-1)!.url = url;
      return Promise.resolve();
    }
  },
  ipcMain: { handle: (channel: string, handler: (...args: unknown[]) => unknown) => recorded.ipcHandlers.set(channel, handler) },
  protocol: {
    registerSchemesAsPrivileged: () => undefined,
    handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => (recorded.protocolHandler = handler),
  },
  safeStorage: {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => recorded.keyring,
    encryptString: (text: string) => Buffer.from(`sealed:${text}`),
    decryptString: (sealed: Buffer) => sealed.toString().replace(/^sealed:/, ''),
  },
  net: { fetch: async (url: string) => (recorded.fetched.push(url), new Response('<!doctype html>', { status: 200 })) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: (...args: unknown[]) => void) => (recorded.permissionRequest = h),
      setPermissionCheckHandler: (h: (...args: unknown[]) => boolean) => (recorded.permissionCheck = h),
      webRequest: { onHeadersReceived: (h: typeof recorded.headers) => (recorded.headers = h) },
    },
  },
}));

const { createMainWindow } = await import('../../../src/main/host/window');
const { hardenApp } = await import('../../../src/main/host/security');
const { bindIpc } = await import('../../../src/main/host/ipc');
const { serveRenderer } = await import('../../../src/main/host/protocol');
const { IPC_CALL_CHANNEL } = await import('../../../src/shared/api');
const { safeStorageProtector } = await import('../../../src/main/host/key-protector');
const { silentLog } = await import('../../helpers/workstation');

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
  let openHandler: (() => { action: string }) | null = null;
  return {
    on: (name: string, listener: (event: { preventDefault(): void }, url?: string) => void) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: () => { action: string }) => (openHandler = handler),
    fire(name: string, url?: string) {
      const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
      listeners.get(name)!(event, url);
      return event.defaultPrevented;
    },
    open: () => openHandler!(),
  };
}

beforeEach(() => {
  delete process.env.ELECTRON_RENDERER_URL;
});

describe('Electron host', () => {
  it('opens the window with context isolation, the sandbox and no Node', () => {
    createMainWindow('/app/out/preload/index.cjs');
    const { options, url } = recorded.windows.at(-1)!;
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(url).toBe('app://workstation/index.html');
  });

  it('denies navigation away from the app, new windows, webviews and every permission', () => {
    hardenApp();
    const contents = fakeContents();
    recorded.appHandlers.get('web-contents-created')!({}, contents);
    expect(contents.fire('will-navigate', 'https://www.example.com/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-navigate', 'app://workstation/index.html#/users')).toBe(false);
    expect(contents.fire('will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(contents.fire('will-attach-webview')).toBe(true);
    expect(contents.open()).toEqual({ action: 'deny' });

    const decisions: boolean[] = [];
    recorded.permissionRequest!({}, 'media', (granted: boolean) => decisions.push(granted));
    expect(decisions).toEqual([false]);
    expect(recorded.permissionCheck!({}, 'clipboard-read')).toBe(false);

    let headers: Record<string, string[]> = {};
    recorded.headers!({ responseHeaders: {} }, (r) => (headers = (r as { responseHeaders: typeof headers }).responseHeaders));
    expect(headers['Content-Security-Policy'][0]).toContain("script-src 'self'");
  });

  it('serves IPC only to the app’s own top frame', async () => {
    const calls: unknown[] = [];
    bindIpc({ call: async (...args: unknown[]) => (calls.push(args), { ok: true, value: null }) } as never, silentLog);
    const handler = recorded.ipcHandlers.get(IPC_CALL_CHANNEL)!;
    const mainFrame = { url: 'app://workstation/index.html' };
    const sender = { isDestroyed: () => false, mainFrame };

    expect(await handler({ sender, senderFrame: mainFrame }, 'users.list', {}, 'token')).toEqual({ ok: true, value: null });
    expect(calls).toEqual([['users.list', {}, 'token']]);

    const foreign = { url: 'https://evil.example/' };
    const refused = await handler({ sender: { ...sender, mainFrame: foreign }, senderFrame: foreign }, 'users.list', {}, 't');
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const subframe = { url: 'app://workstation/index.html' };
    expect(await handler({ sender, senderFrame: subframe }, 'users.list', {}, 't')).toMatchObject({ ok: false });
    expect(calls).toHaveLength(1);
  });

  it('serves the renderer from app:// with the CSP and nothing outside the build', async () => {
    serveRenderer('/app/out/renderer');
    const page = await recorded.protocolHandler!(new Request('app://workstation/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
    for (const path of ['..%2f..%2fmain%2findex.js', '%2e%2e/%2e%2e/package.json', 'assets/../../../etc/passwd']) {
      await recorded.protocolHandler!(new Request(`app://workstation/${path}`));
    }
    expect(recorded.fetched.length).toBe(4);
    for (const url of recorded.fetched) expect(url.startsWith('file:///app/out/renderer/'), url).toBe(true);
  });

  it('protects the personal-data key with safeStorage, except where Linux has no keyring to protect it with', () => {
    const key = Buffer.alloc(32, 7);
    expect(safeStorageProtector.decrypt(safeStorageProtector.encrypt(key)).equals(key)).toBe(true);
    expect(safeStorageProtector.available()).toBe(true);
    recorded.keyring = 'basic_text';
    expect(safeStorageProtector.available()).toBe(process.platform !== 'linux');
    recorded.keyring = 'gnome_libsecret';
  });
});
