import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compareTexts, textSimilarities, textSimilarity } from './compare-texts';
import type { Segment } from './types';

const seed = (name: string) => readFileSync(new URL(`../../../../shared/corpus/seeds/${name}`, import.meta.url), 'utf8');

const A = `The central bank raised interest rates by half a point on Tuesday, its biggest increase in two decades.

Officials said inflation had reached its highest level since 1981 and warned that further rises were likely.

Markets fell sharply after the announcement, with the main index closing down 3%.

The governor will testify before the finance committee next week.`;

const B = `Markets fell sharply after the announcement, with the main index closing down 3%.

The central bank raised interest rates by half a point on Tuesday. It was the biggest increase in two decades.

Officials said that inflation had hit its highest level since 1981, and they cautioned that more rises were likely.

A spokesman for the opposition called the decision reckless.`;

const find = (segs: Segment[], kind: Segment['kind'], text: string) => segs.find((s) => s.kind === kind && (s.a ?? s.b ?? '').includes(text));

describe('compareTexts alignment', () => {
  const c = compareTexts(A, B);

  it('aligns a sentence split in two as one 1:2 segment', () => {
    const s = find(c.segments, 'reworded', 'raised interest rates');
    expect(s?.aRanges).toHaveLength(1);
    expect(s?.bRanges).toHaveLength(2);
    expect(s?.b).toBe('The central bank raised interest rates by half a point on Tuesday. It was the biggest increase in two decades.');
  });

  it('aligns two sentences merged into one as a 2:1 segment', () => {
    const d = compareTexts(B, A);
    const s = find(d.segments, 'reworded', 'raised interest rates');
    expect(s?.aRanges).toHaveLength(2);
    expect(s?.bRanges).toHaveLength(1);
  });

  it('counts a pair differing only in spelling as same (spelling), with the spelling changes marked and counted', () => {
    const d = compareTexts('The UK lent £1.8bn to Kyiv, Sergei said.', 'The U.K. lent £1.8 billion to Kyiv, Sergey said.');
    expect(d.segments.map((x) => x.kind)).toEqual(['spelling']);
    expect(d.counts).toMatchObject({ same: 0, spelling: 1 });
    expect(d.spellingChanges).toBe(3);
    expect(d.segments[0].changes.filter((x) => x.op !== 'equal').map((x) => x.reason)).toEqual(['punctuation', 'number-format', 'name-variant']);
    expect(d.similarity).toBe(1);
  });

  it('marks a reworded sentence and the words that changed', () => {
    const s = find(c.segments, 'reworded', 'Officials said');
    expect(s).toBeDefined();
    const replaced = s!.changes.filter((x) => x.op === 'replace' && !x.spellingOnly).map((x) => [x.a.trim(), x.b.trim()]);
    expect(replaced).toContainEqual(['reached', 'hit']);
  });

  it('marks the paragraph that moved, and only it', () => {
    expect(c.counts.moved).toBe(1);
    expect(find(c.segments, 'moved', 'Markets fell sharply')).toBeDefined();
  });

  it('keeps sentences found on one side only', () => {
    expect(find(c.segments, 'onlyA', 'The governor will testify')).toBeDefined();
    expect(find(c.segments, 'onlyB', 'A spokesman for the opposition')).toBeDefined();
    expect(c.counts).toEqual({ same: 0, spelling: 0, reworded: 2, moved: 1, onlyA: 1, onlyB: 1 });
  });

  it('orders segments by A, then B leftovers, with ranges into the originals', () => {
    const kinds = c.segments.map((s) => s.kind);
    expect(kinds.slice(-1)).toEqual(['onlyB']);
    for (const s of c.segments) {
      s.aRanges.forEach((r) => expect(s.a).toContain(A.slice(r.start, r.end)));
      s.bRanges.forEach((r) => expect(s.b).toContain(B.slice(r.start, r.end)));
      if (s.changes.length) {
        expect(s.changes.map((x) => x.a).join('')).toBe(s.a);
        expect(s.changes.map((x) => x.b).join('')).toBe(s.b);
      }
    }
  });

  it('does not pair unrelated sentences that share a word', () => {
    const d = compareTexts('It got worse. Prices rose again in March.', 'That seems to be what he got. The weather was mild.');
    expect(d.counts.reworded + d.counts.same + d.counts.moved).toBe(0);
  });

  it('gives similarity 1 for identical texts and 0 for disjoint ones', () => {
    expect(compareTexts(A, A).similarity).toBe(1);
    expect(compareTexts(A, A).counts).toMatchObject({ same: 4, spelling: 0, reworded: 0, moved: 0, onlyA: 0, onlyB: 0 });
    expect(compareTexts(A, A).spellingChanges).toBe(0);
    expect(compareTexts('Cats purr loudly.', 'Stocks tumbled overnight.').similarity).toBe(0);
    expect(compareTexts('', '').segments).toEqual([]);
  });
});

describe('compareTexts on the seeds', () => {
  const itv = seed('000_7d0430d80f6f4323.txt');
  const copy = seed('001_b3aaf2930145f7ea.txt');

  it('sees the trimmed ITV copy as the same text with Sergay as its one spelling-only change', () => {
    const c = compareTexts(itv, copy);
    const s = c.segments.find((x) => x.a?.includes('Sergei Lavrov at the Reception House'));
    expect(s?.kind).toBe('spelling');
    expect(c.counts.spelling).toBe(1);
    expect(c.spellingChanges).toBe(1);
    expect(s?.changes.filter((x) => x.op !== 'equal')).toEqual([
      expect.objectContaining({ op: 'replace', spellingOnly: true, reason: 'name-variant', a: 'Sergei ', b: 'Sergay ' }),
    ]);
    expect(c.counts.same).toBeGreaterThanOrEqual(18);
    expect(c.counts.onlyA).toBeGreaterThan(20); // the diplomatic source's account is cut from the copy
    expect(c.similarity).toBeGreaterThan(0.6);
  });

  it('finds the swapped video caption as moved', () => {
    const c = compareTexts(itv, copy);
    expect(c.segments.filter((s) => s.kind === 'moved').map((s) => s.a)).toContain('Liz Truss refuses to answer questions from ITV News');
  });

  it('keeps two outlets apart except where they tell the same thing', () => {
    const c = compareTexts(itv, seed('002_cbda20eabf96f340.txt'));
    expect(c.similarity).toBeLessThan(0.1);
    const deaf = c.segments.find((s) => s.a?.includes('conversation with a deaf person'));
    expect(deaf?.kind).toBe('reworded');
    expect(deaf?.b).toContain('conversation between a dumb and a deaf person');
  });
});

describe('similarity: one definition, 2·(words kept in corresponding sentences) / (words in A + words in B)', () => {
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

  it('counts a spelling variant as kept and a replaced word as not', () => {
    // 6 words a side; the pair corresponds; "Sergay" for "Sergei" is kept, "Tuesday" for "Monday" is not.
    const a = 'Sergei Lavrov met Truss on Monday.';
    const b = 'Sergay Lavrov met Truss on Tuesday.';
    const c = compareTexts(a, b);
    expect(c.segments.map((s) => s.kind)).toEqual(['reworded']);
    expect(c.similarity).toBeCloseTo((2 * 5) / 12, 10);
  });

  it('does not count words of sentences only one side has', () => {
    const shared = 'Liz Truss met her Russian counterpart in Moscow on Thursday.';
    const extra = 'The talks lasted two hours and ended without agreement.';
    const c = compareTexts(`${shared}\n\n${extra}`, shared);
    expect(c.similarity).toBeCloseTo((2 * words(shared)) / (2 * words(shared) + words(extra)), 10);
  });

  it('is the same figure whether asked alone or with the whole comparison, on real articles', () => {
    const itv = seed('000_7d0430d80f6f4323.txt');
    const others = ['001_b3aaf2930145f7ea.txt', '002_cbda20eabf96f340.txt', '003_87d9f8a4d21f6c18.txt', '004_2cb64c0ee2e1afa1.txt'].map(seed);
    const alone = textSimilarities(itv, others);
    others.forEach((o, i) => expect(alone[i]).toBe(compareTexts(itv, o).similarity));
    expect(textSimilarity(itv, others[0])).toBe(alone[0]);
    // The trimmed copy shares most of its words; another outlet's account of the same talks very few.
    expect(alone[0]).toBeGreaterThan(0.6);
    expect(alone[1]).toBeLessThan(0.1);
  });

  it('is symmetric on the seeds', () => {
    const itv = seed('000_7d0430d80f6f4323.txt');
    const copy = seed('001_b3aaf2930145f7ea.txt');
    expect(textSimilarity(copy, itv)).toBeCloseTo(textSimilarity(itv, copy), 2);
  });
});

describe('sentence counts', () => {
  it('count each side’s sentences, so they add up to the articles', async () => {
    const { splitSentences } = await import('./sentence-split');
    const a = 'The port reopened on Monday. Ships queued outside. The union said talks would resume.\n\nOfficials declined to comment.';
    const b = 'Ships queued outside the port. The port reopened on Monday after a week.\n\nA new paragraph only in B. And another one.';
    const c = compareTexts(a, b);
    const n = c.sentences;
    expect(n.same + n.spelling + n.reworded + n.moved + n.onlyA).toBe(splitSentences(a).length);
    expect(n.onlyB).toBeGreaterThanOrEqual(2);
  });
});
