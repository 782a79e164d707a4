import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, search, test, waitForReady } from '../support/fixtures';
import { SAMPLE, SEEDS } from '../support/paths';

// Expectations come from the seed files themselves: which articles spell Sergei which way.
const seeds = readdirSync(SEEDS).sort();
const textOf = (f: string) => readFileSync(join(SEEDS, f), 'utf8');
const anySpelling = seeds.filter((f) => /\bSerg(?:ei|ey|ay)\b/.test(textOf(f)));
const withoutSergay = seeds.filter((f) => /\bSerg(?:ei|ey)\b/.test(textOf(f)));
const sergayOnly = seeds.filter((f) => /\bSergay\b/.test(textOf(f)) && !withoutSergay.includes(f));

const tab = (page: Page, name: string) => page.getByRole('tab', { name }).click();

test.describe('the seeds', () => {
  test.use({ folder: SEEDS });

  test('name spellings: see the group, search them all, split one out, undo', async ({ app: page, shot }) => {
    expect(sergayOnly).toHaveLength(1);
    expect(sergayOnly[0]).toMatch(/^001_/);
    expect(anySpelling.length).toBeGreaterThan(withoutSergay.length);
    await waitForReady(page, seeds.length);

    // The Variants tab: Sergei, Sergey and Sergay in one group, who writes which, and why.
    await tab(page, 'Variants');
    const panel = page.getByRole('region', { name: 'Name spellings' });
    const names = panel.getByRole('navigation', { name: 'Names' });
    await names.getByRole('button', { name: /^Sergei Sergay · Sergey/ }).click();
    const detail = panel.getByRole('region', { name: 'Sergei', exact: true });
    for (const s of ['Sergei', 'Sergey', 'Sergay']) await expect(detail.getByRole('button', { name: `Search ${s}` })).toBeVisible();
    // Why Sergay joined: the rules in words, then what in the folder supports it.
    await expect(detail.getByRole('row', { name: /Sergay/ }).first()).toContainText('Both stand beside “Lavrov”');
    await expect(detail.getByRole('row', { name: /^ITV News/ })).toContainText('Sergei');
    await shot('variants-01-panel');

    // A search for Sergei also finds Sergay, says so, and marks it in the reader.
    await tab(page, 'Search');
    await search(page, 'Sergei');
    const results = page.getByRole('list', { name: 'Result list' }).getByRole('listitem');
    await expect(results).toHaveCount(anySpelling.length);
    const also = page.getByRole('group', { name: 'Other spellings searched with Sergei' });
    await expect(also.getByRole('checkbox', { name: /^Sergay/ })).toBeChecked();
    await expect(also.getByRole('checkbox', { name: /^Sergey/ })).toBeChecked();
    await shot('variants-02-search');
    await results.filter({ hasText: sergayOnly[0] }).getByRole('button').first().click();
    const reader = page.getByRole('region', { name: 'Reader' });
    const sergay = reader.locator('.variant-mark', { hasText: 'Sergay' });
    await expect(sergay).toBeVisible();
    await expect(sergay).toHaveAttribute('title', /a spelling of Sergei[\s\S]*Sergay: once/);
    const legend = reader.getByRole('group', { name: 'Name spellings in this article' });
    await expect(legend.getByRole('checkbox', { name: /Sergei/ })).toBeChecked();
    await expect(legend).toContainText('Sergei: Sergay ×1');
    await shot('variants-03-reader');
    await legend.getByRole('checkbox', { name: /Sergei/ }).uncheck();
    await expect(sergay).toHaveCount(0);
    await legend.getByRole('checkbox', { name: /Sergei/ }).check();
    await expect(sergay).toBeVisible();

    // Split Sergay out: the same search no longer finds the article that only writes Sergay.
    await tab(page, 'Variants');
    await names.getByRole('button', { name: /^Sergei Sergay · Sergey/ }).click();
    await detail.getByRole('button', { name: 'Split out Sergay' }).click();
    await expect(panel.getByRole('status')).toContainText('Split Sergay out of Sergei');
    // The button that was pressed is gone with its row: focus waits on the group's name.
    await expect(detail.getByRole('heading', { name: 'Sergei' })).toBeFocused();
    await expect(detail.getByRole('button', { name: 'Search Sergay' })).toHaveCount(0);
    await expect(detail.getByRole('button', { name: 'Search Sergey' })).toBeVisible();
    await shot('variants-04-split');
    await tab(page, 'Search');
    await search(page, 'Sergei');
    await expect(results).toHaveCount(withoutSergay.length);
    await expect(results.filter({ hasText: sergayOnly[0] })).toHaveCount(0);
    await expect(also.getByRole('checkbox')).toHaveCount(1);

    // Undo all decisions: Sergay is back in the group and in the results.
    await tab(page, 'Variants');
    await panel.getByRole('button', { name: 'Undo all decisions' }).click();
    await panel.getByRole('button', { name: 'Undo all', exact: true }).click();
    await expect(panel.getByRole('status')).toContainText('All decisions undone');
    await names.getByRole('button', { name: /^Sergei Sergay · Sergey/ }).click();
    await expect(detail.getByRole('button', { name: 'Search Sergay' })).toBeVisible();
    await tab(page, 'Search');
    await expect(results).toHaveCount(anySpelling.length);
  });

  test('name spellings: a spelling searched alone, a group rejected and brought back', async ({ app: page, shot }) => {
    await waitForReady(page, seeds.length);
    await tab(page, 'Variants');
    const panel = page.getByRole('region', { name: 'Name spellings' });
    await panel.getByRole('button', { name: /^Sergei Sergay · Sergey/ }).click();

    // A click on a spelling searches that spelling alone; the others wait, switched off.
    await panel.getByRole('button', { name: 'Search Sergay' }).click();
    await expect(page.getByRole('tab', { name: 'Search' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('Sergay');
    const results = page.getByRole('list', { name: 'Result list' }).getByRole('listitem');
    await expect(results).toHaveCount(sergayOnly.length);
    const also = page.getByRole('group', { name: 'Other spellings searched with Sergay' });
    await expect(also.getByRole('checkbox', { name: /^Sergei/ })).not.toBeChecked();
    await also.getByRole('checkbox', { name: /^Sergei/ }).check();
    await expect(results).toHaveCount(new Set([...sergayOnly, ...seeds.filter((f) => /\bSergei\b/.test(textOf(f)))]).size);
    await shot('variants-05-spelling-search');

    // "Not the same name" takes the group apart; undo brings it back.
    await tab(page, 'Variants');
    await panel.getByRole('button', { name: /^Sergei Sergay · Sergey/ }).click();
    await panel.getByRole('button', { name: 'Not the same name' }).click();
    await expect(panel.getByRole('status')).toContainText('now treated as different names');
    await expect(panel.getByRole('button', { name: /^Sergei Sergay · Sergey/ })).toHaveCount(0);
    await shot('variants-06-rejected');
    await panel.getByRole('button', { name: 'Undo all decisions' }).click();
    await panel.getByRole('button', { name: 'Undo all', exact: true }).click();
    await expect(panel.getByRole('button', { name: /^Sergei Sergay · Sergey/ })).toBeVisible();
  });
});

// The sample corpus has groups for Kyiv/Kiev, Zelensky/Zelenskiy/Zelenskyy and Sergei/Sergey, among others.
test.describe('the sample corpus', () => {
  test.use({ folder: SAMPLE });

  test('two groups in one article get two colours; two groups merge into one and come apart again', async ({ app: page, shot }) => {
    await waitForReady(page, 12);
    await tab(page, 'Search');
    await search(page, 'Kiev');
    const results = page.getByRole('list', { name: 'Result list' }).getByRole('listitem');
    await results.filter({ hasText: 'radio-meridian-kiev-interview.txt' }).getByRole('button').first().click();
    const reader = page.getByRole('region', { name: 'Reader' });
    const legend = reader.getByRole('group', { name: 'Name spellings in this article' });
    await expect(legend.getByRole('checkbox')).toHaveCount(2);
    const kiev = reader.locator('.variant-mark', { hasText: /^Kiev$/ }).first();
    const zelensky = reader.locator('.variant-mark', { hasText: /^Zelensky$/ }).first();
    const colourOf = async (l: typeof kiev) => (await l.getAttribute('class'))!.match(/vc-\d/)![0];
    expect(await colourOf(kiev)).not.toBe(await colourOf(zelensky));
    await shot('variants-07-two-colours');

    await tab(page, 'Variants');
    const panel = page.getByRole('region', { name: 'Name spellings' });
    const boxes = panel.getByRole('navigation', { name: 'Names' }).getByRole('checkbox');
    await expect(panel.getByRole('checkbox', { name: 'Select Kyiv' })).toBeVisible();
    const groupCount = await boxes.count();
    await panel.getByRole('checkbox', { name: 'Select Kyiv' }).check();
    await expect(panel.getByRole('button', { name: /^Merge/ })).toBeDisabled();
    await panel.getByRole('checkbox', { name: 'Select Sergei' }).check();
    await shot('variants-08-merge-picked');
    await panel.getByRole('button', { name: 'Merge 2 groups' }).click();
    await expect(panel.getByRole('status')).toContainText('Merged Kyiv and Sergei');
    const merged = panel.getByRole('region', { name: 'Kyiv', exact: true });
    for (const s of ['Kyiv', 'Kiev', 'Sergei', 'Sergey']) await expect(merged.getByRole('button', { name: `Search ${s}` })).toBeVisible();
    await expect(merged.getByRole('row', { name: /^Search Sergei/ })).toContainText('You merged it into this group.');
    await shot('variants-09-merged');

    await panel.getByRole('button', { name: 'Undo all decisions' }).click();
    await panel.getByRole('button', { name: 'Undo all', exact: true }).click();
    await expect(boxes).toHaveCount(groupCount);
  });
});

test.describe('the seeds, reviewed by keyboard', () => {
  test.use({ folder: SEEDS });

  test('review queue: reject by key, undo that one decision and see the group return; confirm by key', async ({ app: page, shot }) => {
    await waitForReady(page, seeds.length);
    await tab(page, 'Variants');
    const panel = page.getByRole('region', { name: 'Name spellings' });
    const names = panel.getByRole('navigation', { name: 'Names' });
    const history = panel.getByRole('complementary', { name: /^Your decisions/ });
    const sergei = names.getByRole('button', { name: /^Sergei Sergay · Sergey/ });
    const detail = panel.getByRole('region', { name: 'Sergei', exact: true });
    await expect(history).toContainText('None yet');

    // Two decisions: Sergay split out by its button, then the rest rejected with x.
    await sergei.click();
    await detail.getByRole('button', { name: 'Split out Sergay' }).click();
    await expect(detail.getByRole('button', { name: 'Search Sergay' })).toHaveCount(0);
    await page.keyboard.press('x');
    await expect(panel.getByRole('status')).toContainText('Sergei and Sergey are now treated as different names');
    await expect(names.getByRole('button', { name: /^Sergei/ })).toHaveCount(0);
    await expect(history.getByRole('listitem')).toHaveText([/^Not the same name: Sergei/, /^Split Sergay out/]);
    await shot('variants-10-rejected-by-key');

    // Undo only the rejection: the group returns, still without the spelling split out before.
    await history.getByRole('button', { name: 'Undo “Not the same name: Sergei”' }).click();
    await expect(panel.getByRole('status')).toContainText('Undone: “Not the same name: Sergei”');
    await expect(names.getByRole('button', { name: /^Sergei Sergey/ })).toBeVisible();
    await expect(detail.getByRole('button', { name: 'Search Sergay' })).toHaveCount(0);
    await expect(history.getByRole('listitem')).toHaveText([/^Split Sergay out/]);
    await shot('variants-11-one-undone');

    // u takes back the newest decision left, the split: Sergay is in the group again.
    await page.keyboard.press('u');
    await expect(sergei).toBeVisible();
    await expect(detail.getByRole('button', { name: 'Search Sergay' })).toBeVisible();
    await expect(history).toContainText('None yet');

    // c confirms the open group: marked as confirmed in the list and in the detail, and listed.
    await page.keyboard.press('c');
    await expect(panel.getByRole('status')).toContainText('Confirmed Sergei');
    await expect(sergei).toContainText('Confirmed');
    await expect(detail.getByRole('button', { name: 'Same name', exact: true })).toBeDisabled();
    await expect(history.getByRole('listitem')).toHaveText([/^Confirmed Sergei/]);
    await shot('variants-12-confirmed');

    // Decisions are the folder's, not the page's: after a reload the history is still there.
    await page.reload();
    await waitForReady(page, seeds.length);
    await tab(page, 'Variants');
    await expect(history.getByRole('listitem')).toHaveText([/^Confirmed Sergei/]);
    await expect(sergei).toContainText('Confirmed');

    // The keys are the queue's only outside text boxes: typing x in the filter filters.
    await panel.getByRole('searchbox', { name: 'Filter names' }).fill('');
    await panel.getByRole('searchbox', { name: 'Filter names' }).press('x');
    await expect(panel.getByRole('searchbox', { name: 'Filter names' })).toHaveValue('x');
    await expect(history.getByRole('listitem')).toHaveCount(1);

    // And the help lists them.
    await panel.getByRole('searchbox', { name: 'Filter names' }).fill('');
    await panel.getByRole('searchbox', { name: 'Filter names' }).blur();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toContainText('Not the same name: reject the open group');
    await expect(help).toContainText('Undo the last decision');
    await shot('variants-16-keys-help');
  });
});

// The seeds and two articles that write Kharkiv and Kharkov with nothing else in common: only
// a romanisation pattern links them, so that group is "possible" and heads the review queue.
const possibleFolder = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-e2e-review-'));
  for (const f of seeds) copyFileSync(join(SEEDS, f), join(dir, f));
  writeFileSync(join(dir, 'k1.txt'), 'Kharkiv news\n\nShelling hit Kharkiv overnight, officials said. Kharkiv residents sheltered.\n');
  writeFileSync(join(dir, 'k2.txt'), 'Market report\n\nTraders in Kharkov reported calm trading. Kharkov exporters met.\n');
  return dir;
})();

test.describe('a folder with a possible group', () => {
  test.use({ folder: possibleFolder });

  test('possible groups first and marked, a confidence filter, bulk "not the same name" and its undo', async ({ app: page, shot }) => {
    await waitForReady(page, seeds.length + 2);
    await tab(page, 'Variants');
    const panel = page.getByRole('region', { name: 'Name spellings' });
    const names = panel.getByRole('navigation', { name: 'Names' });
    const words = names.getByRole('list', { name: /^Spelt more than one way/ }).getByRole('listitem');
    const history = panel.getByRole('complementary', { name: /^Your decisions/ });

    // The review queue: the possible group first, with a badge in words; the detail says why.
    await expect(words).toHaveCount(2);
    await expect(words.first()).toContainText('Kharkiv');
    await expect(words.first()).toContainText('Possible');
    await expect(words.nth(1)).not.toContainText('Possible');
    await expect(panel.getByText('1 to review')).toBeVisible();
    const kharkiv = panel.getByRole('region', { name: 'Kharkiv', exact: true });
    await expect(kharkiv.getByRole('row', { name: /^Search Kharkov/ })).toContainText('A romanisation pattern');
    await shot('variants-13-review-queue');

    // j moves down the queue, k back up.
    await page.keyboard.press('j');
    await expect(panel.getByRole('region', { name: 'Sergei', exact: true })).toBeVisible();
    await expect(names.getByRole('button', { name: /^Sergei Sergay/ })).toBeFocused();
    await page.keyboard.press('k');
    await expect(kharkiv).toBeVisible();

    // Show only the possible ones, then all again.
    await panel.getByRole('combobox', { name: 'Show' }).selectOption('possible');
    await expect(words).toHaveCount(1);
    await expect(panel.getByText('1 of 3 shown')).toBeVisible();
    await panel.getByRole('combobox', { name: 'Show' }).selectOption('all');
    await expect(words).toHaveCount(2);

    // Tick both groups and say of each that it is not one name: one decision, undone at once.
    await panel.getByRole('checkbox', { name: 'Select Kharkiv' }).check();
    await panel.getByRole('checkbox', { name: 'Select Sergei' }).check();
    const bar = panel.getByRole('group', { name: 'Selected groups' });
    await expect(bar).toContainText('Kharkiv and Sergei selected');
    await shot('variants-14-bulk-selected');
    await bar.getByRole('button', { name: 'Not the same name (2 groups)' }).click();
    await expect(words).toHaveCount(0);
    await expect(history.getByRole('listitem')).toHaveText([/^Not the same name: Kharkiv and Sergei/]);
    await expect(panel.getByText('You have set every group aside as not one name')).toBeVisible();
    // Nothing left to open: focus waits on the Undo of that decision, not in the filter box.
    await expect(history.getByRole('button', { name: 'Undo “Not the same name: Kharkiv and Sergei”' })).toBeFocused();
    await shot('variants-15-bulk-rejected');
    await history.getByRole('button', { name: 'Undo “Not the same name: Kharkiv and Sergei”' }).click();
    await expect(words).toHaveCount(2);

    // Confirming the possible group takes it out of the queue: it is high confidence now.
    await names.getByRole('button', { name: /^Kharkiv/ }).click();
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('status')).toContainText('Confirmed Kharkiv');
    await expect(panel.getByText('Nothing left to review')).toBeVisible();
    await panel.getByRole('combobox', { name: 'Show' }).selectOption('possible');
    await expect(words).toHaveCount(0);
  });
});
