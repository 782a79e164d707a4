import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session, shell, app } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../node/server/http-server';
import { isWebLink } from '../shared/web-link';

/** The renderer's address: the dev server in development, the built file otherwise. */
export function rendererUrl(): string {
  const dev = process.env.ELECTRON_RENDERER_URL;
  return dev && !app.isPackaged ? dev : pathToFileURL(join(__dirname, '../renderer/index.html')).href;
}

/** Our page, whatever its hash or query: the same file, or the dev server's origin. */
export function isOwnUrl(url: string): boolean {
  try {
    const base = new URL(rendererUrl());
    const u = new URL(url);
    return base.protocol === 'file:' ? u.protocol === 'file:' && u.pathname === base.pathname : u.origin === base.origin;
  } catch {
    return false;
  }
}

/**
 * Electron's security checklist, applied once: sandboxed renderer, isolated context, no Node,
 * no webviews, an enforced CSP, and no navigation, new windows or permissions.
 */
export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.on('will-navigate', (event, url) => {
      if (!isOwnUrl(url)) event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      if (isWebLink(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Parallax',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      devTools: !app.isPackaged,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(rendererUrl());
  return win;
}
