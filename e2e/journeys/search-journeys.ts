/**
 * The search-and-read journeys as a person clicks them, written once and run in browser mode
 * and in the Electron app alike: the renderer is the same, only how a file gets saved differs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { SEEDS } from '../support/paths';

const seedFiles = readdirSync(SEEDS).sort();
export const SEEDS_WITH_PHRASE = seedFiles.filter((f) => /deaf person/i.test(readFileSync(join(SEEDS, f), 'utf8')));

export type Shot = (name: string) => Promise<void>;

export async function search(page: Page, query: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill(query);
  await box.press('Enter');
}

export const resultRows = (page: Page) => page.getByRole('list', { name: 'Result list' }).getByRole('listitem');

/** Lavrov in all five seeds, with highlighted snippets; the quoted phrase only where it stands. */
export async function searchLavrovAndPhrase(page: Page, shot: Shot): Promise<void> {
  await search(page, 'Lavrov');
  await expect(resultRows(page)).toHaveCount(5);
  await expect(page.getByRole('region', { name: 'Results' })).toContainText('5 results');
  for (const row of await resultRows(page).all()) await expect(row.locator('mark').first()).toHaveText(/lavrov/i);
  await shot('search-02-lavrov');

  await search(page, '"deaf person"');
  await expect(resultRows(page)).toHaveCount(SEEDS_WITH_PHRASE.length);
  await expect(resultRows(page).first().locator('mark').first()).toHaveText(/deaf person/i);
  await shot('search-03-phrase');
}

export async function filterByOutlet(page: Page, shot: Shot): Promise<void> {
  await search(page, 'Lavrov');
  await expect(resultRows(page)).toHaveCount(5);
  const filters = page.getByRole('complementary', { name: 'Filters' });
  await filters.getByRole('checkbox', { name: /^Sky News/ }).check();
  await expect(resultRows(page)).toHaveCount(1);
  await expect(resultRows(page).first()).toContainText('Sky News');
  await shot('search-04-filtered');
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(resultRows(page)).toHaveCount(5);
}

/** Checks an exported CSV of the five Lavrov results. */
export function expectLavrovCsv(csv: string): void {
  const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  expect(lines[0]).toBe('path,title,outlet,outlet_source,date,date_source,score,snippet');
  expect(lines).toHaveLength(6);
  expect(csv).toContain('002_cbda20eabf96f340.txt');
}

/** Opens the first result and steps through its hits with Enter, Shift+Enter and the buttons. */
export async function readAndStepThroughHits(page: Page, shot: Shot): Promise<void> {
  await resultRows(page).first().getByRole('button').first().click();
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
  await expect(resultRows(page)).toHaveCount(5);
}

export async function openMissingFolder(page: Page, shot: Shot): Promise<void> {
  const field = page.getByRole('textbox', { name: 'Folder path' });
  if (!(await field.isVisible())) await page.getByRole('button', { name: 'Open folder…' }).click();
  await field.fill('/no/such/folder/anywhere');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('There is no folder at /no/such/folder/anywhere');
  await shot('search-06-missing-folder');
}
