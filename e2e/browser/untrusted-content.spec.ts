import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, search, test, waitForReady } from '../support/fixtures';

// Article text is data: whatever a saved page or clipping contains, nothing in it may run.
const folder = mkdtempSync(join(tmpdir(), 'parallax-xss-'));
const payloads = [
  '<script>window.__pwned = 1; alert(1)</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '<a href="javascript:window.__pwned=3">click me</a>',
  '<svg><script>window.__pwned = 4</script></svg>',
  '<math><mtext><img src=x onerror="window.__pwned=5"></mtext></math>',
  '<iframe src="javascript:parent.__pwned=6"></iframe>',
].join('\n');
writeFileSync(join(folder, 'poisoned.html'), `<html><head><title>Poisoned page about sanctions</title><script>window.__pwned = 7</script></head><body><article><h1>Poisoned page about sanctions</h1><p>Sanctions were announced today in a long paragraph that gives Readability enough text to treat this as the article body, with more words about sanctions.</p><p>${payloads}</p></article></body></html>`);
writeFileSync(join(folder, 'poisoned.md'), `---\ntitle: "<img src=x onerror=window.__pwned=8> sanctions"\n---\n\nSanctions clipping.\n\n${payloads}\n`);
writeFileSync(join(folder, 'poisoned.txt'), `Sanctions <b>bold</b> text\n\n${payloads}\n`);

test.use({ folder });

test('script-bearing articles are shown as inert text in every view', async ({ app: page, shot }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await waitForReady(page, 3);
  await search(page, 'sanctions');
  const results = page.getByRole('list', { name: 'Result list' }).getByRole('listitem');
  await expect(results).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    await results.nth(i).getByRole('button').first().click();
    const reader = page.getByRole('region', { name: 'Reader' });
    await expect(reader).toBeVisible();
    await reader.getByRole('button', { name: 'Show original' }).click();
    await expect(reader.getByLabel('Original file')).toContainText('onerror');
    await page.keyboard.press('Escape');
  }
  await page.getByRole('tab', { name: 'Stories' }).click();
  await page.getByRole('tab', { name: 'Variants' }).click();
  await page.getByRole('tab', { name: 'Search' }).click();
  await shot('untrusted-content');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
  expect(await page.locator('script:not([src]), iframe, img[onerror]').count()).toBe(0);
});
