import { cpSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, search, test, waitForReady } from '../support/fixtures';
import { BBC, SEEDS } from '../support/paths';

const ITV = '000_7d0430d80f6f4323.txt';
const COPY = '001_b3aaf2930145f7ea.txt';
const SKY = '002_cbda20eabf96f340.txt';
const MOSCOW = '003_87d9f8a4d21f6c18.txt';
const GUARDIAN = '004_2cb64c0ee2e1afa1.txt';
const UNDATED = [ITV, SKY, GUARDIAN];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Every way the seeds' file times could be written on the page or in the CSV, in UTC and local time.
const fileDates = [...new Set(['000', '001', '002', '003', '004'].flatMap((p) => {
  const t = new Date(statSync(join(SEEDS, [ITV, COPY, SKY, MOSCOW, GUARDIAN].find((f) => f.startsWith(p))!)).mtimeMs);
  return [
    [t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()],
    [t.getFullYear(), t.getMonth(), t.getDate()],
  ].flatMap(([y, m, d]) => [`${d} ${MONTHS[m]} ${y}`, `${MONTHS[m]} ${y}`, `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`]);
}))];

async function expectNoFileDate(page: Page): Promise<void> {
  const shown = await page.locator('body').innerText();
  for (const d of fileDates) expect(shown, `the file time ${d} is shown as a date`).not.toContain(d);
}

const rows = (page: Page) => page.getByRole('list', { name: 'Result list' }).getByRole('listitem');

test.describe('publication dates: never the file time', () => {
  test.use({ folder: SEEDS });

  test('newest first shows the dated seeds first and the undated marked; facets, CSV, Stories and Compare agree', async ({ app: page, shot }) => {
    await waitForReady(page, 5);
    await search(page, 'Lavrov');
    await expect(rows(page)).toHaveCount(5);
    await page.getByLabel('Sort').selectOption({ label: 'Newest first' });
    await expect(rows(page).nth(0)).toContainText(MOSCOW);
    await expect(rows(page).nth(0)).toContainText('11 Feb 2022');
    await expect(rows(page).nth(1)).toContainText(COPY);
    await expect(rows(page).nth(1)).toContainText('10 Feb 2022');
    for (const i of [2, 3, 4]) await expect(rows(page).nth(i).locator('.no-date')).toHaveText('No date');
    const lastThree = (await rows(page).allInnerTexts()).slice(2).join('\n');
    for (const f of UNDATED) expect(lastThree).toContain(f);
    await expect(rows(page).filter({ hasText: /No date/ })).toHaveCount(3);

    const months = page.getByRole('complementary', { name: 'Filters' }).getByRole('group', { name: 'Months' });
    await expect(months.getByRole('checkbox', { name: /^Feb 2022/ })).toBeVisible();
    await expect(months.getByText('No date')).toBeVisible();
    await expect(months.getByRole('checkbox')).toHaveCount(2);
    await expectNoFileDate(page);
    await shot('dates-01-newest-first');

    // Oldest first also keeps the undated at the end; only "File modified" orders by file time.
    await page.getByLabel('Sort').selectOption({ label: 'Oldest first' });
    await expect(rows(page).nth(0)).toContainText(COPY);
    await expect(rows(page).nth(4).locator('.no-date')).toHaveText('No date');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe('path,title,outlet,outlet_source,date,date_source,score,snippet');
    const line = (f: string) => lines.find((l) => l.startsWith(f))!;
    expect(line(MOSCOW)).toContain(',The Moscow Times,url,2022-02-11,dateline,');
    expect(line(COPY)).toContain(',ITV News,signature,2022-02-10,metadata,');
    for (const f of UNDATED) expect(line(f)).toMatch(/,,none,/);
    for (const d of fileDates) expect(csv).not.toContain(d);

    // Stories: the undated articles say so.
    await page.getByRole('tab', { name: 'Stories' }).click();
    const stories = page.getByRole('region', { name: 'Stories' });
    const story = stories.getByRole('article').first();
    await expect(story).toContainText('No date');
    await expect(story.getByText(/· No date/)).toHaveCount(3);
    await expectNoFileDate(page);
    await shot('dates-02-stories');

    // Compare: an undated article's header says "No date".
    await page.getByRole('tab', { name: 'Search' }).click();
    await expect(rows(page)).toHaveCount(5);
    await rows(page).filter({ hasText: SKY }).getByRole('checkbox', { name: 'Select for comparison' }).check();
    await rows(page).filter({ hasText: MOSCOW }).getByRole('checkbox', { name: 'Select for comparison' }).check();
    await page.keyboard.press('c');
    const paneA = page.getByRole('region', { name: 'Article A', exact: true });
    const paneB = page.getByRole('region', { name: 'Article B', exact: true });
    await expect(paneA).toContainText('Sky News · No date');
    await expect(paneB).toContainText('The Moscow Times · 11 Feb 2022');
    await expectNoFileDate(page);
    await shot('dates-03-compare');
  });

  test('a date the user sets shows everywhere, marked as theirs, and can be taken back', async ({ app: page, shot }) => {
    await waitForReady(page, 5);
    await search(page, 'Lavrov');
    await rows(page).filter({ hasText: GUARDIAN }).getByRole('button').first().click();
    const reader = page.getByRole('region', { name: 'Reader' });
    await expect(reader.locator('.doc-meta')).toContainText('No date (the article gives no date)');
    await reader.getByRole('button', { name: 'Set date' }).click();
    const form = reader.getByRole('form', { name: 'Edit date' });
    await form.getByLabel('Publication date').fill('2022-01-31');
    await shot('dates-04-set-date');
    await form.getByRole('button', { name: 'Save date' }).click();
    await expect(reader.locator('.doc-meta')).toContainText('31 Jan 2022 (set by you)');
    await shot('dates-05-date-set');

    await page.keyboard.press('Escape');
    await page.getByLabel('Sort').selectOption({ label: 'Oldest first' });
    await expect(rows(page).nth(0)).toContainText(GUARDIAN);
    await expect(rows(page).nth(0)).toContainText('31 Jan 2022 (set by you)');

    await rows(page).nth(0).getByRole('button').first().click();
    await reader.getByRole('button', { name: 'Edit date' }).click();
    await reader.getByRole('button', { name: 'Use the article’s date' }).click();
    await expect(reader.locator('.doc-meta')).toContainText('No date');
  });
});

// A folder of BBC stories with no outlet in their text: the folder-wide setting is one click away.
const mixed = mkdtempSync(join(tmpdir(), 'parallax-dates-'));
mkdirSync(join(mixed, 'bbc'));
for (const f of ['001.txt', '053.txt', '098.txt']) cpSync(join(BBC, 'business', f), join(mixed, 'bbc', f));
cpSync(join(SEEDS, SKY), join(mixed, SKY));

test.describe('outlets: never from a mention', () => {
  test.use({ folder: mixed });

  test('a BBC story about Reuters is Unknown, and "Set the outlet of bbc/ …" sets the whole folder', async ({ app: page, shot }) => {
    await waitForReady(page, 4);
    await search(page, 'Reuters');
    const row = rows(page).filter({ hasText: 'bbc/053.txt' });
    await expect(row.locator('.outlet')).toHaveText('Unknown');
    await row.getByRole('button').first().click();
    const reader = page.getByRole('region', { name: 'Reader' });
    await expect(reader.locator('.doc-meta')).toContainText('Unknown (the article does not name its outlet)');
    await reader.getByRole('button', { name: /Set the outlet of bbc\/ …/ }).click();
    const form = reader.getByRole('form', { name: 'Edit outlet' });
    await expect(form.getByRole('radio', { name: /Every document in bbc\// })).toBeChecked();
    await form.getByLabel('Outlet name').fill('BBC News');
    await shot('dates-06-folder-outlet');
    await form.getByRole('button', { name: 'Save outlet' }).click();
    await expect(reader.locator('.doc-meta')).toContainText('BBC News (set by you)');
    await page.keyboard.press('Escape');
    await search(page, '');
    const outlets = page.getByRole('complementary', { name: 'Filters' }).getByRole('group', { name: 'Outlets' });
    await expect(outlets.getByRole('checkbox', { name: /^BBC News\s*3$/ })).toBeVisible();
    await expect(outlets.getByRole('checkbox', { name: /^Sky News\s*1$/ })).toBeVisible();
    await shot('dates-07-folder-set');
  });
});
