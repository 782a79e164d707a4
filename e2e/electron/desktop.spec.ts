import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { REPO, SCREENSHOTS, SEEDS } from '../support/paths';

/** The Electron binary, or null where its download was impossible (as on the CI machines). */
function electronPath(): string | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const p = require('electron') as unknown;
    return typeof p === 'string' && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

const binary = electronPath();
test.skip(!binary, 'No Electron runtime on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD or no network): run `npm run install-electron` to enable the desktop specs.');
test.skip(process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY, 'No display to open a desktop window on (run under Xvfb).');

test('desktop: open the seeds, search Lavrov, read a result', async () => {
  const app = await electron.launch({ executablePath: binary!, args: [REPO, SEEDS], env: { ...process.env, PARALLAX_DATA_DIR: join(REPO, 'test-results', 'electron-data') } });
  const page = await app.firstWindow();
  await expect(page.getByText(/5 documents/i)).toBeVisible({ timeout: 30_000 });
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const wc = BrowserWindow.getAllWindows()[0].webContents;
    const p = (wc as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences();
    return { sandbox: p.sandbox, contextIsolation: p.contextIsolation, nodeIntegration: p.nodeIntegration };
  });
  expect(prefs).toEqual({ sandbox: true, contextIsolation: true, nodeIntegration: false });
  expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  await page.getByRole('searchbox', { name: 'Search' }).fill('Lavrov');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('listitem')).toHaveCount(5);
  await page.screenshot({ path: join(SCREENSHOTS, 'electron-search.png') });
  await app.close();
});
