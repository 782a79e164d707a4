/**
 * Search expands a name only where the folder shows it is the same name: a search for Sergei
 * still finds the article that writes Sergay, while on BBC a search for Princess, Sony or Bush
 * finds only articles with that word, other look-alikes being offered, never searched unasked.
 * Expectations come from the files themselves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, search, test, waitForReady } from '../support/fixtures';
import { BBC, SEEDS } from '../support/paths';

interface Article {
  path: string;
  text: string;
}

/** Every article of a folder (what Parallax indexes: .txt files, not the README). */
function articlesIn(root: string): Article[] {
  const out: Article[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.txt')) out.push({ path: relative(root, full).split('\\').join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(root);
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

const paths = (articles: Article[], re: RegExp) => articles.filter((a) => re.test(a.text)).map((a) => a.path);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRe = (w: string) => new RegExp(`\\b${escapeRe(w)}\\b`, 'i');
const prefixRe = (w: string) => new RegExp(`\\b${escapeRe(w)}`, 'i');

interface GroupSpelling {
  text: string;
  count: number;
  confidence: 'high' | 'possible';
}

/** The folder's name groups, as the running app has them. */
async function groupsOf(page: Page): Promise<{ spellings: GroupSpelling[] }[]> {
  const res = await page.evaluate(async () => {
    const r = await fetch('/api/variants', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    return r.json();
  });
  expect(res.ok).toBe(true);
  return res.value.groups;
}

/**
 * A group whose anchor is sure and which has a possible spelling, used in some article that
 * has none of the group's other spellings: adding it must then add results.
 */
function pickSuggestion(groups: { spellings: GroupSpelling[] }[], articles: Article[]) {
  for (const g of groups) {
    const [anchor, ...rest] = g.spellings;
    if (anchor.confidence !== 'high' || /\s/.test(anchor.text)) continue;
    for (const possible of rest.filter((s) => s.confidence === 'possible')) {
      const others = g.spellings.filter((s) => s.confidence === 'high').map((s) => s.text);
      const without = articles.filter((a) => !others.some((o) => prefixRe(o).test(a.text)));
      if (paths(without, wordRe(possible.text)).length > 0) return { anchor: anchor.text, possible, others };
    }
  }
  return null;
}

const resultsRegion = (page: Page) => page.getByRole('region', { name: 'Results' });
const resultRows = (page: Page) => page.getByRole('list', { name: 'Result list' }).getByRole('listitem');
const otherSpellings = (page: Page, word: string) => page.getByRole('group', { name: `Other spellings searched with ${word}` });
const suggestions = (page: Page, word: string) => page.getByRole('group', { name: `Possible spellings of ${word}, not searched` });

/** The total the header shows, once it is one of the totals the files allow (it may still show the last search's). */
async function expectTotalWithin(page: Page, least: number, most: number): Promise<number> {
  const count = resultsRegion(page).locator('.results-count strong');
  let total = -1;
  await expect
    .poll(async () => {
      total = Number(((await count.textContent()) ?? '').replace(/\D/g, '') || -1);
      return total >= least && total <= most;
    }, { message: `a total from ${least} to ${most}`, timeout: 15_000 })
    .toBe(true);
  return total;
}

/** The paths the visible result rows show. */
async function shownPaths(page: Page): Promise<string[]> {
  return (await resultRows(page).locator('.path').allTextContents()).map((p) => p.trim());
}

test.describe('name spellings on the seeds', () => {
  test.use({ folder: SEEDS });

  test('a search for Sergei still finds the article that writes only Sergay', async ({ app: page, shot }) => {
    const seeds = articlesIn(SEEDS);
    const sergayOnly = seeds.filter((a) => /\bSergay\b/.test(a.text) && !/\bSerg(?:ei|ey)\b/.test(a.text)).map((a) => a.path);
    expect(sergayOnly).toHaveLength(1);
    const anySpelling = paths(seeds, /\bSerg(?:ei|ey|ay)\b/);
    await waitForReady(page, seeds.length);

    await search(page, 'Sergei');
    await expect(resultRows(page)).toHaveCount(anySpelling.length);
    expect((await shownPaths(page)).sort()).toEqual(anySpelling);
    await expect(resultRows(page).filter({ hasText: sergayOnly[0] })).toHaveCount(1);
    // Sergay is searched because the folder shows it is Sergei (beside "Lavrov"): a match, not a suggestion.
    await expect(otherSpellings(page, 'Sergei').getByRole('checkbox', { name: /^Sergay \(\d+\)/ })).toBeChecked();
    await expect(suggestions(page, 'Sergei').getByRole('button', { name: /Sergay/ })).toHaveCount(0);
    await shot('search-variants-01-sergei');
  });
});

test.describe('name spellings on BBC', () => {
  test.use({ folder: BBC });
  // 2,225 articles: indexing them takes 10–30 s on a busy two-core machine.
  test.setTimeout(240_000);

  test('Princess, Sony and Bush find only articles with their own word', async ({ app: page, shot }) => {
    const bbc = articlesIn(BBC);
    await waitForReady(page, bbc.length, 180_000);

    for (const word of ['Princess', 'Sony', 'Bush']) {
      // The index matches stems (princess/princesses): at least the whole word, at most words that start with it.
      const exact = paths(bbc, wordRe(word));
      const startsWith = paths(bbc, prefixRe(word));
      expect(exact.length).toBeGreaterThan(0);
      await search(page, word);
      await expectTotalWithin(page, exact.length, startsWith.length);
      for (const path of await shownPaths(page)) expect(startsWith, `${path} is a result for ${word}`).toContain(path);
      // No other word is offered as matched: any other spelling is at most a suggestion.
      await expect(otherSpellings(page, word).getByRole('checkbox')).toHaveCount(0);
      if (word === 'Princess') {
        // Every result on screen (there are few) has the word in its text.
        await expect(resultRows(page)).toHaveCount(exact.length);
        await shot('search-variants-02-princess');
      }
    }
  });

  test('a possible spelling is offered, not searched, and is added and removed from the keyboard', async ({ app: page, shot }) => {
    const bbc = articlesIn(BBC);
    await waitForReady(page, bbc.length, 180_000);
    // Which spellings the engine is unsure of is its business: take one it offers, and count from the files.
    const pick = pickSuggestion(await groupsOf(page), bbc);
    expect(pick, 'a group with a possible spelling used in articles without the others').not.toBeNull();
    const { anchor, possible, others } = pick!;

    await search(page, anchor);
    const before = await expectTotalWithin(page, 1, bbc.length - 1);
    const add = suggestions(page, anchor).getByRole('button', { name: `Add ${possible.text} (${possible.count}) to the search` });
    await expect(add).toBeVisible();
    await expect(otherSpellings(page, anchor).getByRole('checkbox', { name: new RegExp(`^${escapeRe(possible.text)} `) })).toHaveCount(0);
    await shot('search-variants-03-suggested');

    await add.focus();
    await page.keyboard.press('Enter');
    const remove = otherSpellings(page, anchor).getByRole('button', { name: `Remove ${possible.text} from the search` });
    await expect(remove).toBeFocused();
    await expect(otherSpellings(page, anchor)).toContainText(new RegExp(`${escapeRe(possible.text)} \\(\\d+\\)\\s*added`));
    // The articles it adds: those with the possible spelling and none of the group's searched ones.
    const without = bbc.filter((a) => !others.some((o) => prefixRe(o).test(a.text)));
    const withoutAny = bbc.filter((a) => !others.some((o) => wordRe(o).test(a.text)));
    await expectTotalWithin(page, before + paths(without, wordRe(possible.text)).length, before + paths(withoutAny, prefixRe(possible.text)).length);
    await shot('search-variants-04-added');

    await page.keyboard.press('Enter');
    await expect(add).toBeFocused();
    await expectTotalWithin(page, before, before);
  });
});
