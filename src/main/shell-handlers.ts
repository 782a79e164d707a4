import { promises as fs } from 'node:fs';
import { BrowserWindow, dialog, ipcMain, shell } from 'electron';
import { isWebLink } from '../shared/web-link';
import { senderAllowed } from './ipc-handlers';


export function registerShellHandlers(isOwnUrl: (url: string) => boolean): void {
  ipcMain.handle('shell:chooseFolder', async (event) => {
    if (!senderAllowed(event, isOwnUrl)) return null;
    const win = BrowserWindow.fromWebContents(event.sender);
    const res = win
      ? await dialog.showOpenDialog(win, { properties: ['openDirectory'], title: 'Open a folder of articles' })
      : await dialog.showOpenDialog({ properties: ['openDirectory'] });
    return res.canceled ? null : (res.filePaths[0] ?? null);
  });
  ipcMain.handle('shell:saveFile', async (event, input: unknown) => {
    if (!senderAllowed(event, isOwnUrl)) return { saved: false, path: null };
    const { suggestedName, content } = (input ?? {}) as { suggestedName?: unknown; content?: unknown };
    if (typeof suggestedName !== 'string' || typeof content !== 'string') return { saved: false, path: null };
    const win = BrowserWindow.fromWebContents(event.sender);
    const opts = { defaultPath: suggestedName.replace(/[\\/]/g, '_') };
    const res = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
    if (res.canceled || !res.filePath) return { saved: false, path: null };
    await fs.writeFile(res.filePath, content, 'utf8');
    return { saved: true, path: res.filePath };
  });
  ipcMain.handle('shell:openExternal', async (event, url: unknown) => {
    if (senderAllowed(event, isOwnUrl) && typeof url === 'string' && isWebLink(url)) await shell.openExternal(url);
  });
}
