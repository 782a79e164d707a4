import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, search, test, waitForReady } from '../support/fixtures';
import { SCREENSHOTS, SEEDS } from '../support/paths';

test.use({ folder: SEEDS });

const SKY = '002_cbda20eabf96f340.txt';
const MOSCOW = '003_87d9f8a4d21f6c18.txt';
const ITV = '000_7d0430d80f6f4323.txt';
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

test.describe('compare two outlets side by side', () => {
  test('tick two results, read the summary, follow a passage, step through differences, export', async ({ app: page, shot }) => {
    await waitForReady(page, 5);
    await search(page, 'Lavrov');
    const results = page.getByRole('list', { name: 'Result list' }).getByRole('listitem');
    await expect(results).toHaveCount(5);
    const row = (file: string) => results.filter({ hasText: file });

    // Two ticks, then C: the way to compare two results found by searching.
    await row(SKY).getByRole('checkbox', { name: 'Select for comparison' }).check();
    // Ctrl+click anywhere on a result ticks it too (and does not open it).
    await row(MOSCOW).getByRole('heading').click({ modifiers: ['Control'] });
    await expect(row(MOSCOW).getByRole('checkbox', { name: 'Select for comparison' })).toBeChecked();
    const tray = page.getByRole('region', { name: 'Selected for comparison' });
    await expect(tray.getByRole('button', { name: /Compare selected/ })).toBeEnabled();
    await shot('compare-01-ticked');
    await page.keyboard.press('c');

    const summary = page.getByRole('complementary', { name: 'Summary' });
    await expect(summary.getByRole('region', { name: 'Similarity' })).toContainText(/\d+% similar/);
    for (const kind of ['Same', 'Reworded', 'Moved', 'Only in A', 'Only in B']) {
      await expect(summary.getByRole('button', { name: new RegExp(`^${kind}\\s*\\d+$`) })).toBeVisible();
    }
    const paneA = page.getByRole('region', { name: 'Article A', exact: true });
    const paneB = page.getByRole('region', { name: 'Article B', exact: true });
    await expect(paneA).toContainText('Sky News');
    await expect(paneB).toContainText('The Moscow Times');
    await shot('compare-02-summary');

    // A passage in A leads to its counterpart in B, marked and scrolled into view.
    const passage = paneA.locator('.passage[data-n]').last();
    const seg = await passage.getAttribute('data-seg');
    await passage.click();
    const counterpart = paneB.locator(`.passage[data-seg="${seg}"]`).first();
    await expect(counterpart).toHaveAttribute('aria-current', 'true');
    await expect(counterpart).toBeInViewport();
    await shot('compare-03-followed');

    // Export: one HTML file with both titles.
    const titleA = (await paneA.getByRole('heading').textContent())!.trim();
    const titleB = (await paneB.getByRole('heading').textContent())!.trim();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export HTML' }).click()]);
    expect(download.suggestedFilename()).toBe('parallax-comparison-002_cbda20eabf96f340-003_87d9f8a4d21f6c18.html');
    const html = readFileSync(await download.path(), 'utf8');
    expect(html).toContain(escapeHtml(titleA));
    expect(html).toContain(escapeHtml(titleB));
    expect(html).not.toMatch(/<script/i);
    // The file stands alone: opened by itself, it shows both articles side by side.
    const saved = join(mkdtempSync(join(tmpdir(), 'parallax-export-')), download.suggestedFilename());
    await download.saveAs(saved);
    const exported = await page.context().newPage();
    await exported.goto(pathToFileURL(saved).href);
    await expect(exported.getByRole('heading', { name: titleB })).toBeVisible();
    await exported.screenshot({ path: join(SCREENSHOTS, 'compare-04-export.png') });
    await exported.close();

    // n steps to the next difference and marks it on screen.
    const marked = page.getByRole('region', { name: /^Article [AB]$/ }).locator('.passage[aria-current="true"]');
    const before = await marked.first().getAttribute('data-seg');
    await page.keyboard.press('n');
    await expect(marked.first()).not.toHaveAttribute('data-seg', before!);
    await expect(marked.first()).toBeInViewport();

    // A summary item jumps to its place and flashes it.
    await summary.getByRole('region', { name: 'Only in B' }).getByRole('button').first().click();
    await expect(paneB.locator('mark.flash').first()).toBeInViewport();
    await shot('compare-05-fact-jump');
  });

  test('a near-copy from "Compare with…": spelling-only differences shown, then hidden', async ({ app: page, shot }) => {
    await waitForReady(page, 5);
    await search(page, 'Lavrov');
    const results = page.getByRole('list', { name: 'Result list' }).getByRole('listitem');
    await results.filter({ hasText: ITV }).getByRole('button', { name: 'Compare with…' }).click();
    const picker = page.getByRole('dialog', { name: 'Compare with…' });
    const sameStory = picker.getByRole('list', { name: 'Same story elsewhere' });
    const copy = sameStory.getByRole('listitem').filter({ hasText: 'copy' });
    await expect(copy).toHaveCount(1);
    await expect(sameStory.getByRole('listitem').first()).toContainText(/\d+% match/);
    await shot('compare-06-picker');
    // By keyboard: the filter box on top has focus, ↓ reaches the best counterpart (the copy), Enter compares.
    await expect(picker.getByRole('searchbox', { name: 'Filter documents' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(copy.getByRole('button')).toBeFocused();
    await page.keyboard.press('Enter');

    // Linked scrolling (a near-copy aligns all along): the wheel over A moves B along; switched off, B stays put.
    const textA = page.getByRole('region', { name: 'Text of article A' });
    const textB = page.getByRole('region', { name: 'Text of article B' });
    const topOf = (el: typeof textA) => el.evaluate((node) => node.scrollTop);
    await textA.hover();
    await page.mouse.wheel(0, 700);
    await expect.poll(() => topOf(textB)).toBeGreaterThan(100);
    await shot('compare-07-linked-scroll');
    const link = page.getByRole('checkbox', { name: 'Link scrolling' });
    await link.uncheck();
    const still = await topOf(textB);
    await textA.hover();
    await page.mouse.wheel(0, 500);
    await expect.poll(() => topOf(textA)).toBeGreaterThan(1000);
    expect(await topOf(textB)).toBe(still);
    await link.check();

    const paneA = page.getByRole('region', { name: 'Article A', exact: true });
    // Name spellings as in the reader: Sergei in A and Sergay in B are one name, so one colour in both panes.
    const colourOf = (pane: typeof paneA, name: string) =>
      pane.locator('.variant-mark', { hasText: name }).first().evaluate((el) => /\bvc-\d+\b/.exec(el.className)?.[0] ?? null);
    const paneB = page.getByRole('region', { name: 'Article B', exact: true });
    await expect.poll(() => colourOf(paneA, 'Sergei')).toMatch(/^vc-\d+$/);
    expect(await colourOf(paneB, 'Sergay')).toBe(await colourOf(paneA, 'Sergei'));
    const spelling = paneA.locator('.diff-spell', { hasText: 'Sergei' });
    await expect(spelling).toHaveCount(1);
    await expect(spelling).toHaveAttribute('title', /Spelling only \(another spelling of the name\): B writes “Sergay”/);
    await spelling.scrollIntoViewIfNeeded();
    await shot('compare-08-spelling');
    await page.getByRole('checkbox', { name: 'Hide spelling-only differences' }).check();
    await expect(spelling).toHaveCount(0);
    await expect(paneA).toContainText('Sergei Lavrov');

    // Stories: the five seeds are one story, the ITV article and its copy flagged.
    await page.getByRole('tab', { name: 'Stories' }).click();
    const stories = page.getByRole('region', { name: 'Stories' });
    const story = stories.getByRole('article');
    await expect(story).toHaveCount(1);
    const articles = story.getByRole('list', { name: 'Articles' }).getByRole('listitem');
    await expect(articles).toHaveCount(5);
    const flagged = articles.filter({ has: page.getByRole('button', { name: /near copy of/ }) });
    await expect(flagged).toHaveCount(2);
    await expect(flagged.filter({ hasText: 'Talks fail as icy Sergei Lavrov' })).toHaveCount(1);
    await shot('compare-09-stories');

    // Outlet against outlet: Sky News and The Moscow Times told the same story; one click compares them.
    const matchup = stories.getByRole('region', { name: 'Outlet against outlet' });
    await matchup.getByLabel('First outlet').selectOption('Sky News');
    await matchup.getByLabel('Second outlet').selectOption('The Moscow Times');
    await matchup.getByRole('region', { name: 'Covered by both' }).getByRole('button', { name: /Compare/ }).click();
    await expect(page.getByRole('region', { name: 'Article A', exact: true })).toContainText('Sky News');
    await expect(page.getByRole('region', { name: 'Article B', exact: true })).toContainText('The Moscow Times');
  });
});
