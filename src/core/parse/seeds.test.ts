import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize';
import { parseDocument } from './parse-document';
import type { ParsedDocument } from './parsed-document';

const SEEDS = path.resolve(__dirname, '../../../../shared/corpus/seeds');
const MTIME = Date.UTC(2024, 0, 15, 12);
const noHtml = { extractHtml: () => { throw new Error('seeds are plain text'); } };

function seed(name: string): ParsedDocument {
  const r = parseDocument({ path: `seeds/${name}`, bytes: readFileSync(path.join(SEEDS, name)), mtimeMs: MTIME }, noHtml);
  if (!r.ok) throw new Error(`${name}: ${r.reason}`);
  return r.doc;
}

// What each of the five real seeds yields. The file time is kept apart and is never the date:
// two seeds state no date of their own, so they have none.
describe('the five seed articles', () => {
  it('000 (ITV News): headline from line 1, outlet from its own video caption, no date of its own', () => {
    const d = seed('000_7d0430d80f6f4323.txt');
    expect(d.meta).toMatchObject({
      title: "Talks fail as icy Sergei Lavrov accuses 'deaf' Liz Truss of not listening",
      outlet: 'ITV News',
      outletSource: 'signature',
      date: null,
      dateSource: 'none',
      fileModifiedMs: MTIME,
      format: 'txt',
      encoding: 'utf-8',
      url: null,
    });
    expect(d.text).not.toContain('Listen to our latest podcast');
    expect(d.original).toContain('Listen to our latest podcast');
  });

  it('001 (ITV copy): the " date 2022-02-10" prefix is the date, the first sentence the title', () => {
    const d = seed('001_b3aaf2930145f7ea.txt');
    expect(d.meta).toMatchObject({
      title: 'Despite a week of frenzied diplomatic activity, there has been scant progress on finding a solution to the crisis surrounding Ukraine.',
      outlet: 'ITV News',
      outletSource: 'signature',
      date: '2022-02-10',
      dateSource: 'metadata',
    });
    expect(d.text.startsWith('Despite a week')).toBe(true);
    expect(d.text).toContain('Sergay Lavrov');
    expect(d.text).not.toContain('Play video');
  });

  it('002 (Sky News): outlet from "Why you can trust Sky News"; the AP photo caption\'s day is not its date', () => {
    const d = seed('002_cbda20eabf96f340.txt');
    expect(d.meta).toMatchObject({
      title: "Russia-Ukraine crisis: Ministers get new powers to sanction Russia after Liz Truss's stormy talks in Moscow with Sergei Lavrov",
      outlet: 'Sky News',
      outletSource: 'signature',
      date: null,
      dateSource: 'none',
    });
    for (const furniture of ['Why you can trust Sky News', 'Please use Chrome browser', 'PIC:AP', 'Image: Foreign Secretary', 'More on Liz Truss', 'headshot', '@DiMagnaySky']) {
      expect(d.text).not.toContain(furniture);
      expect(d.original).toContain(furniture);
    }
    expect(d.text).toContain("Russia: Facts 'bounce off' Liz Truss");
  });

  it('003 (The Moscow Times): Markdown-like text, outlet from its "Original url:", date from the line under the headline', () => {
    const d = seed('003_87d9f8a4d21f6c18.txt');
    expect(d.meta).toMatchObject({
      title: "Britain's Top Diplomat 'Mocked' Over Russia Trip Gaffes",
      outlet: 'The Moscow Times',
      outletSource: 'url',
      url: 'https://www.themoscowtimes.com/2022/02/11/britains-top-diplomat-mocked-over-russia-trip-gaffes-a-76337',
      date: '2022-02-11',
      dateSource: 'dateline',
    });
    expect(d.text).toContain('Truss replied that');
    for (const syntax of ['# ', '**', '](#)', 'Original url', 'Embed:', 'Related article', 'themoscowtimes.com']) expect(d.text).not.toContain(syntax);
  });

  it('004 (The Guardian): no outlet or date of its own, so Unknown and no date', () => {
    const d = seed('004_2cb64c0ee2e1afa1.txt');
    expect(d.meta).toMatchObject({
      title: 'Truss will meet Lavrov in Moscow within next two weeks, says Russia',
      outlet: 'Unknown',
      outletSource: 'none',
      date: null,
      dateSource: 'none',
      fileModifiedMs: MTIME,
    });
    expect(d.text.startsWith('Truss will meet Lavrov')).toBe(true);
  });

  it('counts words in the clean text, fewer than in the original', () => {
    for (const name of ['000_7d0430d80f6f4323.txt', '002_cbda20eabf96f340.txt', '003_87d9f8a4d21f6c18.txt']) {
      const d = seed(name);
      expect(d.meta.words).toBe(tokenize(d.text).length);
      expect(d.meta.words).toBeGreaterThan(400);
      expect(d.meta.words).toBeLessThan(tokenize(d.original).length);
    }
  });

  it('gives paragraphs separated by exactly one blank line, each on one line', () => {
    const d = seed('002_cbda20eabf96f340.txt');
    expect(d.text).not.toMatch(/\n{3,}|^\s|\s$|[^\n]\n[^\n]/);
  });
});
