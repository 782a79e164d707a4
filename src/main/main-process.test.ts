import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

/**
 * The Electron main process started against a recording stand-in for Electron, so its
 * wiring and security settings are checked on machines without the Electron runtime (such as
 * CI). The Electron specs in e2e/electron check the same in the real app where it exists.
 */
const rec = vi.hoisted(() => ({
  windows: [] as { options: Record<string, unknown>; url: string | null }[],
  channels: [] as string[],
  menu: null as unknown,
  permission: null as null | ((wc: unknown, perm: string, cb: (ok: boolean) => void) => void),
  headers: null as null | ((details: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void),
  app: null as unknown,
  opened: [] as string[],
  dataDir: '',
  /** Resolved when the main process creates its window: the test waits on this, not on time. */
  windowCreated: null as null | (() => void),
}));
rec.dataDir = mkdtempSync(join(tmpdir(), 'parallax-main-test-'));
const windowCreated = new Promise<void>((resolve) => (rec.windowCreated = resolve));
afterAll(() => rmSync(rec.dataDir, { recursive: true, force: true }));

vi.mock('electron', () => {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getPath: () => rec.dataDir,
    getAppPath: () => process.cwd(),
    quit: () => undefined,
  });
  rec.app = app;
  class BrowserWindow {
    webContents = { send: () => undefined };
    constructor(readonly options: Record<string, unknown>) {
      rec.windows.push({ options, url: null });
    }
    once() {}
    show() {}
    loadURL(url: string) {
      rec.windows[rec.windows.length - 1].url = url;
      rec.windowCreated?.();
      return Promise.resolve();
    }
    static getFocusedWindow = () => null;
    static fromWebContents = () => null;
  }
  return {
    app,
    BrowserWindow,
    ipcMain: { handle: (channel: string) => rec.channels.push(channel) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (rec.menu = m) },
    dialog: {},
    shell: { openExternal: (url: string) => rec.opened.push(url) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: never) => (rec.permission = fn),
        setPermissionCheckHandler: () => undefined,
        webRequest: { onHeadersReceived: (fn: never) => (rec.headers = fn) },
      },
    },
  };
});

await import('./index');
await windowCreated;

describe('the Electron main process', () => {
  it('opens one window with the sandbox, isolation and no Node in the page', () => {
    expect(rec.windows).toHaveLength(1);
    const prefs = rec.windows[0].options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.js$/);
    expect(rec.windows[0].url).toMatch(/^file:.*renderer\/index\.html$/);
  });

  it('serves every corpus method and the few shell calls over IPC', () => {
    expect(rec.channels.filter((c) => c.startsWith('corpus:')).length).toBe(15);
    expect(rec.channels.filter((c) => c.startsWith('shell:')).sort()).toEqual(['shell:chooseFolder', 'shell:openExternal', 'shell:saveFile']);
  });

  it('refuses every permission request and enforces a Content-Security-Policy', () => {
    let granted: boolean | null = null;
    rec.permission!(null, 'geolocation', (ok) => (granted = ok));
    expect(granted).toBe(false);
    let headers: Record<string, string[]> = {};
    rec.headers!({ responseHeaders: {} }, (r) => (headers = (r as { responseHeaders: Record<string, string[]> }).responseHeaders));
    expect(headers['Content-Security-Policy'][0]).toMatch(/script-src 'self'/);
  });

  it('denies new windows and navigation away; web links go to the system browser', () => {
    const contents = Object.assign(new EventEmitter(), {
      openHandler: null as null | ((d: { url: string }) => { action: string }),
      setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
        this.openHandler = fn;
      },
    });
    (rec.app as EventEmitter).emit('web-contents-created', {}, contents);
    expect(contents.openHandler!({ url: 'https://example.org/story' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(rec.opened).toEqual(['https://example.org/story']);
    let prevented = false;
    contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'https://evil.example/');
    expect(prevented).toBe(true);
    let webview = false;
    contents.emit('will-attach-webview', { preventDefault: () => (webview = true) });
    expect(webview).toBe(true);
  });

  it('has a File menu with Open Folder…', () => {
    const file = (rec.menu as { label?: string; submenu?: { label?: string }[] }[]).find((m) => m.label === '&File');
    expect(file?.submenu?.map((i) => i.label)).toContain('Open Folder…');
  });
});
