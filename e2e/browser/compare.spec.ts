import { readFileSync } from 'node:fs';
import { expect, search, test, waitForReady } from '../support/fixtures';
import { SEEDS } from '../support/paths';

test.use({ folder: SEEDS });

const SKY = '002_cbda20eabf96f340.txt';
const MOSCOW = '003_87d9f8a4d21f6c18.txt';
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

test.describe('compare two outlets side by side', () => {
  test('tick two results, read the summary, follow a passage, export, see the story', async ({ app: page, shot }) => {
    await waitForReady(page, 5);
    await search(page, 'Lavrov');
    const results = page.getByRole('list', { name: 'Result list' }).getByRole('listitem');
    await expect(results).toHaveCount(5);
    const row = (file: string) => results.filter({ hasText: file });

    // Two ticks, then C: the way to compare two results found by searching.
    await row(SKY).getByRole('checkbox', { name: 'Select for comparison' }).check();
    await row(MOSCOW).getByRole('checkbox', { name: 'Select for comparison' }).check();
    const tray = page.getByRole('region', { name: 'Selected for comparison' });
    await expect(tray.getByRole('button', { name: /Compare selected/ })).toBeEnabled();
    await shot('compare-01-ticked');
    await page.keyboard.press('c');

    const summary = page.getByRole('complementary', { name: 'Summary' });
    await expect(summary.getByRole('region', { name: 'Similarity' })).toContainText(/\d+% similar/);
    for (const kind of ['Same', 'Reworded', 'Moved', 'Only in A', 'Only in B']) {
      await expect(summary.getByRole('button', { name: new RegExp(`^${kind}\\s*\\d+$`) })).toBeVisible();
    }
    const paneA = page.getByRole('region', { name: 'Article A' });
    const paneB = page.getByRole('region', { name: 'Article B' });
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
  });
});
