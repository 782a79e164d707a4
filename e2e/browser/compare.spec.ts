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
    await expect(sameStory.getByRole('listitem').first()).toContainText(/\d+% similar/);
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
    await page.getByRole('checkbox', { name: 'Hide spelling-only differences' }).uncheck();

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

  test('000 against its copy 001: one spelling-only change, counted, marked apart, hidden by the toggle; picker and summary agree on similarity', async ({ app: page, shot }) => {
    await waitForReady(page, 5);
    await search(page, 'Lavrov');
    const results = page.getByRole('list', { name: 'Result list' }).getByRole('listitem');
    const pickFor = async () => {
      await results.filter({ hasText: ITV }).getByRole('button', { name: 'Compare with…' }).click();
      const picker = page.getByRole('dialog', { name: 'Compare with…' });
      return { picker, sameStory: picker.getByRole('list', { name: 'Same story elsewhere' }).getByRole('listitem') };
    };
    const figureIn = async (item: ReturnType<typeof page.locator>) => {
      const text = (await item.locator('.score').textContent()) ?? '';
      expect(text).toMatch(/^\d+% similar$/);
      return text.replace(' similar', '');
    };

    // The picker shows the comparison's figure, under the comparison's name, and says what it means.
    let { picker, sameStory } = await pickFor();
    const copy = sameStory.filter({ hasText: 'copy' });
    await expect(copy).toHaveCount(1);
    await expect(picker).not.toContainText('match');
    await expect(copy.locator('.score')).toHaveAttribute('title', /^Similarity: the share of the two articles’ words/);
    await expect(picker.locator('.similarity-definition')).toContainText('Similarity:');
    const copyFigure = await figureIn(copy);
    const skyFigure = await figureIn(sameStory.filter({ hasText: 'Sky News' }));
    await shot('compare-10-picker-similarity');
    await copy.getByRole('button').click();

    const summary = page.getByRole('complementary', { name: 'Summary' });
    const similarity = summary.getByRole('region', { name: 'Similarity' });
    await expect(similarity.locator('.similarity-value')).toHaveText(copyFigure);
    await expect(similarity).toContainText('Similarity: the share of the two articles’ words');
    // Counted: one passage "Same (spelling)", one spelling-only change in the word-mark legend.
    await expect(summary.getByRole('button', { name: /^Same \(spelling\)\s*1$/ })).toBeVisible();
    const legend = summary.getByRole('region', { name: 'Word marks' });
    await expect(legend.locator('.spelling-legend')).toContainText(/spelling only:\s*1 change$/);

    // Marked apart: its own mark (a violet frame no other mark has), in a passage of its own kind.
    const paneA = page.getByRole('region', { name: 'Article A', exact: true });
    const paneB = page.getByRole('region', { name: 'Article B', exact: true });
    const marks = page.locator('.compare-panes .diff-spell');
    await expect(marks).toHaveCount(2); // Sergei in A, Sergay in B
    const sergei = paneA.locator('.diff-spell', { hasText: 'Sergei' });
    await expect(sergei).toHaveCSS('box-shadow', /rgba\(124, 58, 237/);
    // `has` is relative to each passage, so it is rooted at the page.
    const passageA = paneA.locator('.passage', { has: page.locator('.diff-spell', { hasText: 'Sergei' }) });
    await expect(passageA).toHaveClass(/\bseg-spelling\b/);
    await expect(paneB.locator('.passage', { has: page.locator('.diff-spell', { hasText: 'Sergay' }) })).toHaveClass(/\bseg-spelling\b/);
    await sergei.scrollIntoViewIfNeeded();
    await shot('compare-11-spelling-marked');

    // Hidden: plain same text, no mark of any kind on the spelling; still counted in the summary.
    const seg = await passageA.getAttribute('data-seg');
    await page.getByRole('checkbox', { name: 'Hide spelling-only differences' }).check();
    await expect(marks).toHaveCount(0);
    const hiddenA = paneA.locator(`.passage[data-seg="${seg}"]`);
    await expect(hiddenA).toHaveClass(/\bseg-same\b/);
    await expect(hiddenA).toContainText('Sergei Lavrov at the Reception House');
    await expect(hiddenA.locator('.variant-mark, .diff', { hasText: 'Sergei' })).toHaveCount(0);
    await expect(paneB.locator(`.passage[data-seg="${seg}"] .variant-mark, .passage[data-seg="${seg}"] .diff`)).toHaveCount(0);
    await expect(summary.getByRole('button', { name: /^Same \(spelling\)\s*1$/ })).toBeVisible();
    await expect(legend.locator('.spelling-legend')).toContainText('hidden');
    await hiddenA.scrollIntoViewIfNeeded();
    await shot('compare-12-spelling-hidden');
    await page.getByRole('checkbox', { name: 'Hide spelling-only differences' }).uncheck();
    await expect(marks).toHaveCount(2);

    // Another outlet's account of the same talks: the picker's figure is the summary's here too.
    await page.getByRole('tab', { name: 'Search' }).click();
    ({ picker, sameStory } = await pickFor());
    await expect(sameStory.filter({ hasText: 'Sky News' }).locator('.score')).toHaveText(`${skyFigure} similar`);
    await sameStory.filter({ hasText: 'Sky News' }).getByRole('button').click();
    await expect(paneB).toContainText('Sky News');
    await expect(similarity.locator('.similarity-value')).toHaveText(skyFigure);
    await shot('compare-13-sky-summary');
  });
});
