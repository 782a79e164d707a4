import { readdirSync, readFileSync } from 'node:fs';
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
    await expect(detail.getByRole('row', { name: /Sergay/ }).first()).toContainText('Seen next to “Lavrov”');
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

// The sample corpus has three groups (Kyiv/Kiev, Zelensky/Zelenskiy/Zelenskyy, Sergei/Sergey).
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
    await panel.getByRole('checkbox', { name: 'Pick Kyiv to merge' }).check();
    await expect(panel.getByRole('button', { name: /^Merge/ })).toBeDisabled();
    await panel.getByRole('checkbox', { name: 'Pick Sergei to merge' }).check();
    await shot('variants-08-merge-picked');
    await panel.getByRole('button', { name: 'Merge 2 groups' }).click();
    await expect(panel.getByRole('status')).toContainText('Merged Kyiv and Sergei');
    const merged = panel.getByRole('region', { name: 'Kyiv', exact: true });
    for (const s of ['Kyiv', 'Kiev', 'Sergei', 'Sergey']) await expect(merged.getByRole('button', { name: `Search ${s}` })).toBeVisible();
    await expect(merged.getByRole('row', { name: /^Search Sergei/ })).toContainText('You merged it into this group.');
    await shot('variants-09-merged');

    await panel.getByRole('button', { name: 'Undo all decisions' }).click();
    await panel.getByRole('button', { name: 'Undo all', exact: true }).click();
    await expect(panel.getByRole('navigation', { name: 'Names' }).getByRole('checkbox')).toHaveCount(3);
  });
});
