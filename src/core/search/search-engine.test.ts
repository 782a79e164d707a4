import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultsToCsv } from './csv';
import { QueryError } from './query-error';
import { engineFor } from './test-corpus';

const SEEDS = resolve(__dirname, '../../../../shared/corpus/seeds');
const seeds = readdirSync(SEEDS).sort().map((f) => ({ id: f, text: readFileSync(resolve(SEEDS, f), 'utf8') }));
const engine = engineFor(seeds);
const ids = (q: string) => engine.search({ query: q, limit: 100 }).hits.map((h) => h.id).sort();

describe('search on the seeds', () => {
  it('finds Lavrov in all five articles, each with highlighted snippets', () => {
    const res = engine.search({ query: 'Lavrov' });
    expect(res.total).toBe(5);
    for (const hit of res.hits) {
      expect(hit.snippets.length).toBeGreaterThan(0);
      const s = hit.snippets[0];
      expect(s.highlights.length).toBeGreaterThan(0);
      expect(s.text.slice(s.highlights[0].start, s.highlights[0].end).toLowerCase()).toContain('lavrov');
    }
  });

  it('matches a quoted phrase only where the words stand together', () => {
    const withPhrase = seeds.filter((d) => /deaf person/i.test(d.text)).map((d) => d.id).sort();
    expect(withPhrase.length).toBeGreaterThan(0);
    expect(withPhrase.length).toBeLessThan(5);
    expect(ids('"deaf person"')).toEqual(withPhrase);
    // Both words occur in more articles than the phrase does.
    expect(ids('deaf person').length).toBeGreaterThan(withPhrase.length);
  });

  it('supports +must, -not, field and wildcard syntax', () => {
    const zel = seeds.filter((d) => d.text.includes('Zelenskiy')).map((d) => d.id);
    expect(ids('+Lavrov +Zelenskiy')).toEqual(zel.sort());
    expect(ids('Lavrov -Zelenskiy')).toEqual(seeds.map((d) => d.id).filter((id) => !zel.includes(id)).sort());
    expect(ids('title:Lavrov').length).toBeGreaterThan(0);
    expect(ids('title:Lavrov').length).toBeLessThan(5);
    expect(ids('sanct*').length).toBeGreaterThan(0);
    expect(ids('lavrob~1')).toEqual(ids('Lavrov'));
  });

  it('turns bad syntax into a QueryError, never a crash', () => {
    for (const q of ['~', 'php:', 'hello^', '"unbalanced', '*', '""', '+', '-lavrov', 'title:', '^^^a']) {
      expect(() => engine.search({ query: q }), q).toThrow(QueryError);
    }
    for (const q of ['constructor', '__proto__', 'hasOwnProperty', 'the', '(', ')', 'a*b*c']) {
      expect(() => engine.search({ query: q }), q).not.toThrow();
    }
    expect(engine.search({ query: 'constructor' }).total).toBe(0);
  });

  it('lists every document for an empty query, newest first', () => {
    expect(engine.search({ query: '' }).total).toBe(5);
  });
});

describe('non-ASCII words', () => {
  const e = engineFor([
    { id: 'a', text: 'Un café à Москва, puis 東京 pour un résumé.' },
    { id: 'b', text: 'Nothing here.' },
  ]);
  it.each(['café', 'cafe', 'Москва', 'москва', '東京', 'résumé'])('finds %s', (q) => {
    expect(e.search({ query: q }).hits.map((h) => h.id)).toEqual(['a']);
  });
});

describe('snippets', () => {
  it('stay inside the paragraph of their hit and highlight it', () => {
    const text = 'Title line about Lavrov\n\nA long first paragraph that mentions nothing of note at all, only filler words here.\n\nLavrov spoke last.';
    const e = engineFor([{ id: 'a', text }]);
    const snippets = e.search({ query: 'Lavrov' }).hits[0].snippets;
    expect(snippets.map((s) => s.text)).toEqual(['Title line about Lavrov', 'Lavrov spoke last.']);
    for (const s of snippets) expect(s.text.slice(s.highlights[0].start, s.highlights[0].end)).toBe('Lavrov');
  });
});

describe('browsing with an empty query', () => {
  it('shows the start of the article, not its headline again', () => {
    const e = engineFor([{ id: 'a', title: 'Flood in Lunebridge', text: 'Flood in Lunebridge\n\nThe river rose overnight.' }]);
    expect(e.search({ query: '' }).hits[0].snippets.map((s) => s.text)).toEqual(['The river rose overnight.']);
  });
});

describe('dates: the undated last, the file time only when asked', () => {
  // The undated article's file is the newest: it must not rise to the top as if just published.
  const e = engineFor([
    { id: 'old.txt', text: 'Talks in Moscow', date: '2022-02-10', fileModifiedMs: Date.UTC(2026, 11, 2) - 2 },
    { id: 'undated.txt', text: 'Talks in Moscow', date: null, fileModifiedMs: Date.UTC(2026, 11, 2) },
    { id: 'new.txt', text: 'Talks in Moscow', date: '2022-02-11', fileModifiedMs: Date.UTC(2026, 11, 2) - 1 },
  ]);
  const order = (sort: 'date-desc' | 'date-asc' | 'file-modified' | 'relevance') => e.search({ query: 'moscow', sort }).hits.map((h) => h.id);

  it('puts undated articles after the dated ones, newest or oldest first', () => {
    expect(order('date-desc')).toEqual(['new.txt', 'old.txt', 'undated.txt']);
    expect(order('date-asc')).toEqual(['old.txt', 'new.txt', 'undated.txt']);
    expect(order('relevance')).toEqual(['new.txt', 'old.txt', 'undated.txt']);
  });

  it('orders by the file time only for "file modified"', () => {
    expect(order('file-modified')).toEqual(['undated.txt', 'new.txt', 'old.txt']);
  });

  it('counts the undated in a month facet of their own, and exports their date empty with its source', () => {
    const r = e.search({ query: 'moscow' });
    expect(r.facets.months).toEqual([{ value: '2022-02', count: 2 }, { value: 'unknown', count: 1 }]);
    const csv = resultsToCsv(r.hits).split('\r\n');
    expect(csv[0]).toBe('path,title,outlet,outlet_source,date,date_source,score,snippet');
    expect(csv.find((l) => l.startsWith('undated.txt'))).toMatch(/^undated\.txt,Talks in Moscow,Unknown,none,,none,/);
    expect(csv.find((l) => l.startsWith('new.txt'))).toMatch(/,2022-02-11,dateline,/);
  });
});

describe('outlet: queries', () => {
  it('follow an outlet the user renamed after indexing', () => {
    const e = engineFor([
      { id: 'a', text: 'Talks in Moscow.', outlet: 'Sky News' },
      { id: 'b', text: 'Talks in Kyiv.', outlet: 'The Guardian' },
    ]);
    expect(e.search({ query: 'outlet:sky' }).hits.map((h) => h.id)).toEqual(['a']);
    e.docs.get('a')!.meta.outlet = 'Channel Four';
    e.outletsChanged();
    expect(e.search({ query: 'outlet:sky' }).total).toBe(0);
    expect(e.search({ query: 'outlet:channel' }).hits.map((h) => h.id)).toEqual(['a']);
    expect(e.search({ query: 'guardian' }).hits.map((h) => h.id)).toEqual(['b']);
  });
});

describe('other spellings of a typed name', () => {
  it('match, but rank below the spelling typed', () => {
    const e = engineFor(seeds);
    e.setVariants({
      expand: (norm) =>
        ['sergei', 'sergey', 'sergay'].includes(norm)
          ? {
              groupId: 'w:sergei',
              spellings: [
                { text: 'Sergei', count: 9, confidence: 'high' },
                { text: 'Sergey', count: 1, confidence: 'high' },
                { text: 'Sergay', count: 1, confidence: 'high' },
              ],
            }
          : null,
    });
    const res = e.search({ query: 'Sergei' });
    expect(res.total).toBe(5);
    const sergayOnly = seeds.filter((d) => d.text.includes('Sergay') && !d.text.includes('Sergei')).map((d) => d.id);
    expect(sergayOnly.length).toBe(1);
    // 001 is a near-copy of 000 with "Sergay" for "Sergei": the spelling typed must come first.
    const rank = (id: string) => res.hits.findIndex((h) => h.id === id);
    expect(rank(sergayOnly[0])).toBeGreaterThan(rank('000_7d0430d80f6f4323.txt'));
    expect(rank(sergayOnly[0])).toBeGreaterThan(0);
    expect(e.search({ query: 'Sergei', variants: { enabled: false } }).total).toBe(4);
  });
});

describe('a typed spelling that occurs nowhere', () => {
  it('still ranks its other spellings by their own weight', () => {
    const e = engineFor([
      { id: 'a', text: 'Sergei Lavrov met Truss. Sergei spoke.' },
      { id: 'b', text: 'A long article that mentions Sergei once among many other words about weather and trains.' },
    ]);
    e.setVariants({ expand: (n) => (['sergei', 'sergey'].includes(n) ? { groupId: 'g', spellings: [{ text: 'Sergei', count: 3, confidence: 'high' }, { text: 'Sergey', count: 0, confidence: 'high' }] } : null) });
    const res = e.search({ query: 'Sergey' });
    expect(res.hits.map((h) => h.id)).toEqual(['a', 'b']);
    expect(res.hits[0].score).toBeGreaterThan(0);
  });
});
