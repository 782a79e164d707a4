import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startServer, type RunningServer } from './browser-server';
import { SCREENSHOTS } from './paths';

interface Fixtures {
  /** Folder the server opens at start; undefined starts it with no folder. */
  folder: string | undefined;
  server: RunningServer;
  /** The page, signed in through the printed token URL. */
  app: Page;
  /** Saves a full-window screenshot under e2e/screenshots/<name>.png. */
  shot: (name: string) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  folder: [undefined, { option: true }],
  server: async ({ folder }, use) => {
    const server = await startServer(folder);
    await use(server);
    await server.stop();
  },
  app: async ({ page, server }, use) => {
    await page.goto(server.url);
    await expect(page).toHaveURL(server.origin + '/');
    await use(page);
  },
  shot: async ({ page }, use) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await use(async (name) => {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    });
  },
});

/**
 * Waits until the folder is indexed: the top bar shows its document count (as the page writes
 * it, 2,225). A large folder on a busy machine takes longer than the default minute.
 */
export async function waitForReady(page: Page, documents: number, timeout = 60_000): Promise<void> {
  const shown = documents.toLocaleString('en-GB');
  await expect(page.getByRole('banner').getByText(new RegExp(`^${shown} documents?$`))).toBeVisible({ timeout });
}

export async function search(page: Page, query: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill(query);
  await box.press('Enter');
}

export { expect };
