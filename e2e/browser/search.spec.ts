import { readFileSync } from 'node:fs';
import { expect, test, waitForReady } from '../support/fixtures';
import { SEEDS } from '../support/paths';
import {
  expectLavrovCsv,
  filterByOutlet,
  openMissingFolder,
  readAndStepThroughHits,
  resultRows,
  search,
  searchLavrovAndPhrase,
} from '../journeys/search-journeys';

test.describe('search and read, starting with no folder open', () => {
  test('open the seeds, search, filter, read hits, export CSV', async ({ app: page, shot }) => {
    await page.getByRole('button', { name: 'Open folder…' }).click();
    await page.getByRole('textbox', { name: 'Folder path' }).fill(SEEDS);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await waitForReady(page, 5);
    await shot('search-01-opened');

    await searchLavrovAndPhrase(page, shot);
    await filterByOutlet(page, shot);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expectLavrovCsv(readFileSync(await download.path(), 'utf8'));
    await readAndStepThroughHits(page, shot);
  });

  test('a missing folder gives a clear message and keeps the app usable', async ({ app: page, shot }) => {
    await openMissingFolder(page, shot);
    await page.getByRole('textbox', { name: 'Folder path' }).fill(SEEDS);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await waitForReady(page, 5);
  });
});

test.describe('keyboard and bad input, on the seeds', () => {
  test.use({ folder: SEEDS });

  test('bad queries show an inline message, never a crash', async ({ app: page, shot }) => {
    await waitForReady(page, 5);
    for (const q of ['hello^', '~', 'php:', '"unbalanced', '*']) {
      await search(page, q);
      await expect(page.getByRole('alert')).toBeVisible();
    }
    await shot('search-07-bad-query');
    await search(page, 'Truss');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(resultRows(page).first()).toBeVisible();
  });

  test('keyboard: focus search, move through results, open, go back', async ({ app: page }) => {
    await waitForReady(page, 5);
    await page.getByRole('tab', { name: 'Search' }).click();
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
    await page.keyboard.type('Moscow');
    await page.keyboard.press('Enter');
    await expect(resultRows(page).first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const current = page.getByRole('list', { name: 'Result list' }).locator('[aria-current="true"]');
    await expect(current).toHaveCount(1);
    const title = (await current.getByRole('button').first().textContent())!.trim();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Reader' })).toContainText(title.slice(0, 30));
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Reader' })).toHaveCount(0);
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  });

  test('the window title names the open folder', async ({ app: page }) => {
    await waitForReady(page, 5);
    await expect(page).toHaveTitle('seeds — Parallax');
  });
});
