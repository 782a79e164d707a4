import { promises as fs } from 'node:fs';
import { BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { SHELL_METHODS, shellChannel, type ShellMethod, type ShellResult } from '../shared/shell-contract';
import { isWebLink } from '../shared/web-link';
import { senderAllowed } from './ipc-handlers';

/** One handler per entry of the shell table; the input arrives unchecked and is checked here. */
type ShellHandlers = { [M in ShellMethod]: (event: IpcMainInvokeEvent, input: unknown) => Promise<ShellResult<M>> };

/** What each call answers when refused: as if the user had cancelled. */
const REFUSED: { [M in ShellMethod]: ShellResult<M> } = {
  chooseFolder: null,
  saveFile: { saved: false, path: null },
  openExternal: undefined,
};

const handlers: ShellHandlers = {
  async chooseFolder(event) {
    const win = BrowserWindow.fromWebContents(event.sender);
    const res = win
      ? await dialog.showOpenDialog(win, { properties: ['openDirectory'], title: 'Open a folder of articles' })
      : await dialog.showOpenDialog({ properties: ['openDirectory'] });
    return res.canceled ? null : (res.filePaths[0] ?? null);
  },
  async saveFile(event, input) {
    const { suggestedName, content } = (input ?? {}) as { suggestedName?: unknown; content?: unknown };
    if (typeof suggestedName !== 'string' || typeof content !== 'string') return REFUSED.saveFile;
    const win = BrowserWindow.fromWebContents(event.sender);
    const opts = { defaultPath: suggestedName.replace(/[\\/]/g, '_') };
    const res = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
    if (res.canceled || !res.filePath) return REFUSED.saveFile;
    await fs.writeFile(res.filePath, content, 'utf8');
    return { saved: true, path: res.filePath };
  },
  async openExternal(_event, url) {
    if (typeof url === 'string' && isWebLink(url)) await shell.openExternal(url);
  },
};

export function registerShellHandlers(isOwnUrl: (url: string) => boolean): void {
  for (const method of SHELL_METHODS) register(method, isOwnUrl);
}

function register<M extends ShellMethod>(method: M, isOwnUrl: (url: string) => boolean): void {
  const handler: ShellHandlers[M] = handlers[method];
  ipcMain.handle(shellChannel(method), (event, input: unknown) => (senderAllowed(event, isOwnUrl) ? handler(event, input) : REFUSED[method]));
}
