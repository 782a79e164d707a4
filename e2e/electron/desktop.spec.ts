import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { REPO, SCREENSHOTS, SEEDS } from '../support/paths';
import { expectLavrovCsv, filterByOutlet, openMissingFolder, readAndStepThroughHits, search, resultRows, searchLavrovAndPhrase } from '../journeys/search-journeys';

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
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const skipReason = !binary
  ? 'No Electron runtime on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD, or its download failed): run `npm run install-electron` to run the desktop specs.'
  : noDisplay
    ? 'No display to open a desktop window on (run under xvfb-run).'
    : null;
// The list reporter does not print skip reasons: say it once, where CI logs show it.
if (skipReason) console.log(`Electron specs skipped: ${skipReason}`);
test.skip(!!skipReason, skipReason ?? '');

let app: ElectronApplication;
let page: Page;
const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `electron-${name}.png`) }).then(() => undefined);

test.beforeEach(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'parallax-electron-'));
  app = await electron.launch({ executablePath: binary!, args: [REPO, SEEDS], env: { ...process.env, PARALLAX_DATA_DIR: dataDir } });
  page = await app.firstWindow();
  await expect(page.getByRole('banner').getByText(/^5 documents$/)).toBeVisible({ timeout: 30_000 });
});
test.afterEach(() => app.close());

test('the window is sandboxed and isolated, and names the folder', async () => {
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const wc = BrowserWindow.getAllWindows()[0].webContents;
    const p = (wc as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences();
    return { sandbox: p.sandbox, contextIsolation: p.contextIsolation, nodeIntegration: p.nodeIntegration, webviewTag: p.webviewTag };
  });
  expect(prefs).toEqual({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false });
  expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => Object.keys((window as unknown as { parallax: object }).parallax).sort())).toEqual(['corpus', 'shell']);
  await expect(page).toHaveTitle('seeds — Parallax');
});

test('search, phrase, filter, export, read: the same journeys as in the browser', async () => {
  await searchLavrovAndPhrase(page, shot);
  await filterByOutlet(page, shot);
  // The native save dialog is answered from the main process, as a user would pick a file.
  const target = join(mkdtempSync(join(tmpdir(), 'parallax-csv-')), 'results.csv');
  await app.evaluate(({ dialog }, file) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
  }, target);
  await search(page, 'Lavrov');
  await expect(resultRows(page)).toHaveCount(5);
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect.poll(() => existsSync(target)).toBe(true);
  expectLavrovCsv(readFileSync(target, 'utf8'));
  await readAndStepThroughHits(page, shot);
});

test('a missing folder gives a clear message', async () => {
  await openMissingFolder(page, shot);
});

test('navigation away and new windows are refused', async () => {
  // A denied window.open returns null to the page at once: no waiting needed.
  expect(await page.evaluate(() => window.open('https://example.org/', '_blank') === null)).toBe(true);
  // Listen in the main process first, then navigate, then wait for that event: no timing.
  await app.evaluate(({ BrowserWindow }) => {
    const wc = BrowserWindow.getAllWindows()[0].webContents;
    (globalThis as { navRefused?: Promise<boolean> }).navRefused = new Promise<boolean>((resolve) =>
      wc.once('will-navigate', (event) => setImmediate(() => resolve(event.defaultPrevented))),
    );
  });
  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  const refused = app.evaluate(() => (globalThis as { navRefused?: Promise<boolean> }).navRefused);
  expect(await refused).toBe(true);
  expect(app.windows()).toHaveLength(1);
  expect(page.url()).toMatch(/^file:/);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
});
