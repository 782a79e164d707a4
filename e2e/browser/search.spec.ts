import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, search, test, waitForReady } from '../support/fixtures';
import { SEEDS } from '../support/paths';

const seedFiles = readdirSync(SEEDS).sort();
const withPhrase = seedFiles.filter((f) => /deaf person/i.test(readFileSync(join(SEEDS, f), 'utf8')));

test.describe('search and read, starting with no folder open', () => {
  test('open the seeds, search, filter, read hits, export CSV', async ({ app: page, shot }) => {
    await page.getByRole('button', { name: 'Open folder…' }).click();
    await page.getByRole('textbox', { name: 'Folder path' }).fill(SEEDS);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await waitForReady(page, 5);
    await shot('search-01-opened');

    await search(page, 'Lavrov');
    const results = page.getByRole('list', { name: 'Result list' }).getByRole('listitem');
    await expect(results).toHaveCount(5);
    await expect(page.getByRole('region', { name: 'Results' })).toContainText('5 results');
    for (const row of await results.all()) await expect(row.locator('mark').first()).toHaveText(/lavrov/i);
    await shot('search-02-lavrov');

    await search(page, '"deaf person"');
    await expect(results).toHaveCount(withPhrase.length);
    await expect(results.first().locator('mark').first()).toHaveText(/deaf person/i);
    await shot('search-03-phrase');

    await search(page, 'Lavrov');
    await expect(results).toHaveCount(5);
    const filters = page.getByRole('complementary', { name: 'Filters' });
    await filters.getByRole('checkbox', { name: /^Sky News/ }).check();
    await expect(results).toHaveCount(1);
    await expect(results.first()).toContainText('Sky News');
    await shot('search-04-filtered');
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await expect(results).toHaveCount(5);

    // Export what is shown: one CSV row per result.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe('path,title,outlet,date,score,snippet');
    expect(lines).toHaveLength(6);
    expect(csv).toContain('002_cbda20eabf96f340.txt');

    // Read a result and step through its hits with Enter.
    await results.first().getByRole('button').first().click();
    const reader = page.getByRole('region', { name: 'Reader' });
    await expect(reader).toBeVisible();
    const count = reader.locator('.hit-count');
    await expect(count).toHaveText(/^1 of (\d+)$/);
    const total = Number((await count.textContent())!.match(/of (\d+)/)![1]);
    expect(total).toBeGreaterThan(1);
    await expect(reader.locator('mark.current')).toHaveText(/lavrov/i);
    await page.keyboard.press('Enter');
    await expect(count).toHaveText(`2 of ${total}`);
    await page.keyboard.press('Shift+Enter');
    await expect(count).toHaveText(`1 of ${total}`);
    await reader.getByRole('button', { name: 'Next hit' }).click();
    await expect(count).toHaveText(`2 of ${total}`);
    await expect(reader.locator('mark.current')).toBeInViewport();
    await shot('search-05-reader');

    await page.keyboard.press('Escape');
    await expect(results).toHaveCount(5);
  });

  test('a missing folder gives a clear message and keeps the app usable', async ({ app: page, shot }) => {
    await page.getByRole('button', { name: 'Open folder…' }).click();
    await page.getByRole('textbox', { name: 'Folder path' }).fill('/no/such/folder/anywhere');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('There is no folder at /no/such/folder/anywhere');
    await shot('search-06-missing-folder');
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
    await expect(page.getByRole('list', { name: 'Result list' }).getByRole('listitem').first()).toBeVisible();
  });

  test('keyboard: focus search, move through results, open, go back', async ({ app: page }) => {
    await waitForReady(page, 5);
    await page.getByRole('tab', { name: 'Search' }).click();
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
    await page.keyboard.type('Moscow');
    await page.keyboard.press('Enter');
    const results = page.getByRole('list', { name: 'Result list' }).getByRole('listitem');
    await expect(results.first()).toBeVisible();
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
});

test.describe('the window title', () => {
  test.use({ folder: SEEDS });
  test('names the open folder', async ({ app: page }) => {
    await waitForReady(page, 5);
    await expect(page).toHaveTitle('seeds — Parallax');
  });
});
