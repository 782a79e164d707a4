import { BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openFolder(path: string): void;
  recentFolders(): Promise<string[]>;
}

async function chooseFolder(actions: MenuActions): Promise<void> {
  const win = BrowserWindow.getFocusedWindow();
  const opts = { properties: ['openDirectory' as const], title: 'Open a folder of articles' };
  const res = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
  if (!res.canceled && res.filePaths[0]) actions.openFolder(res.filePaths[0]);
}

export async function buildAppMenu(actions: MenuActions): Promise<void> {
  const recent = await actions.recentFolders();
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: () => void chooseFolder(actions) },
        {
          label: 'Open Recent',
          submenu: recent.length
            ? recent.map((f) => ({ label: f, click: () => actions.openFolder(f) }))
            : [{ label: 'No recent folders', enabled: false }],
        },
        { type: 'separator' },
        { role: process.platform === 'darwin' ? 'close' : 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
