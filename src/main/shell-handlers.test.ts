import { describe, expect, it, vi } from 'vitest';

// The shell channels, with Electron replaced by recorders: every entry of the shell table gets
// a handler, and a refused sender gets the answer a cancelled dialog would give.
const rec = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  opened: [] as string[],
  dialogs: 0,
}));
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: never) => rec.handlers.set(channel, fn) },
  BrowserWindow: { fromWebContents: () => null },
  dialog: {
    showOpenDialog: async () => (rec.dialogs++, { canceled: false, filePaths: ['/picked'] }),
    showSaveDialog: async () => (rec.dialogs++, { canceled: true }),
  },
  shell: { openExternal: async (url: string) => void rec.opened.push(url) },
}));

const { registerShellHandlers } = await import('./shell-handlers');
const { SHELL_METHODS, shellChannel } = await import('../shared/shell-contract');

const OWN = 'file:///app/out/renderer/index.html';
registerShellHandlers((url) => url === OWN);
const from = (url: string) => {
  const mainFrame = { url };
  return { senderFrame: mainFrame, sender: { mainFrame } };
};
const call = (method: (typeof SHELL_METHODS)[number], url: string, input?: unknown) => rec.handlers.get(shellChannel(method))!(from(url), input);

describe('shell handlers', () => {
  it('exist for every entry of the shell table, on its own channel', () => {
    expect([...rec.handlers.keys()].sort()).toEqual(['shell:chooseFolder', 'shell:openExternal', 'shell:saveFile']);
    expect(SHELL_METHODS.map(shellChannel).sort()).toEqual([...rec.handlers.keys()].sort());
  });

  it('serve our own window', async () => {
    expect(await call('chooseFolder', OWN)).toBe('/picked');
    expect(await call('saveFile', OWN, { suggestedName: 'a/b.csv', content: 'x' })).toEqual({ saved: false, path: null });
    await call('openExternal', OWN, 'https://example.org/');
    await call('openExternal', OWN, 'file:///etc/passwd');
    expect(rec.opened).toEqual(['https://example.org/']);
  });

  it('answer another page as a cancelled dialog would, without opening one', async () => {
    rec.dialogs = 0;
    const evil = 'https://evil.example/';
    expect(await call('chooseFolder', evil)).toBeNull();
    expect(await call('saveFile', evil, { suggestedName: 'x', content: 'y' })).toEqual({ saved: false, path: null });
    expect(await call('openExternal', evil, 'https://example.org/evil')).toBeUndefined();
    expect(rec.dialogs).toBe(0);
    expect(rec.opened).not.toContain('https://example.org/evil');
  });

  it('refuse a save without a name and text', async () => {
    expect(await call('saveFile', OWN, { suggestedName: 1 })).toEqual({ saved: false, path: null });
  });
});
