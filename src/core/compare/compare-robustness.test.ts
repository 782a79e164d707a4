import { describe, expect, it } from 'vitest';
import { compareTexts } from './compare-texts';
import type { Comparison, TextRange } from './types';

/** Every range of a comparison lies inside its text and holds the text it claims. */
function checkRanges(c: Comparison, a: string, b: string): void {
  const inside = (r: TextRange | null, t: string) => r === null || (r.start >= 0 && r.start <= r.end && r.end <= t.length);
  for (const s of c.segments) {
    s.aRanges.forEach((r) => expect(inside(r, a)).toBe(true));
    s.bRanges.forEach((r) => expect(inside(r, b)).toBe(true));
    for (const ch of s.changes) {
      expect(inside(ch.aRange, a) && inside(ch.bRange, b)).toBe(true);
      if (ch.aRange) expect(a.slice(ch.aRange.start, ch.aRange.end)).toBe(ch.a);
      if (ch.bRange) expect(b.slice(ch.bRange.start, ch.bRange.end)).toBe(ch.b);
    }
  }
  for (const q of c.quotes) {
    const [own, other] = q.side === 'A' ? [a, b] : [b, a];
    expect(own.slice(q.range.start, q.range.end)).toBe(q.text);
    if (q.otherRange) expect(other.slice(q.otherRange.start, q.otherRange.end)).toBe(q.otherText);
  }
  for (const [facts, t] of [[c.onlyA, a], [c.onlyB, b]] as const) {
    for (const item of [...facts.names, ...facts.numbers, ...facts.dates]) item.ranges.forEach((r) => expect(inside(r, t)).toBe(true));
  }
  expect(c.similarity).toBeGreaterThanOrEqual(0);
  expect(c.similarity).toBeLessThanOrEqual(1);
}

describe('compareTexts on odd input', () => {
  const odd = ['', ' ', '\n\n\n', '"', '“unclosed quote and more', '...!?', '\u0000\uD800 ~~', '\u202Eevil\u202C text.', 'Mr. . . U.S. $ £ 1,2,3.4.5 2.5.', 'a'.repeat(5000), '"a" "b" "c" "d"'];
  it('never throws and keeps every range in bounds', () => {
    for (const a of odd) {
      for (const b of odd) {
        const c = compareTexts(a, b);
        checkRanges(c, a, b);
      }
    }
  });
});

describe('compareTexts on large or repetitive input stays near-linear', () => {
  const cases: Record<string, [string, string]> = {
    'one 100,000-word line': ['word and the other "quoted thing here" said Smith, '.repeat(12000), 'word and the other '.repeat(25000)],
    '6,000 identical quotes': ['"Alpha beta gamma delta," he said. '.repeat(3000), '"Alpha beta gamma epsilon," she said. '.repeat(3000)],
    'no punctuation at all': ['lorem ipsum dolor sit amet '.repeat(40000), 'ipsum lorem sit dolor amet '.repeat(40000)],
    'repeated names and dates': ['John Smith met Mary Jones in London on Monday 5 May 2020. '.repeat(5000), 'Jon Smyth met Mary Jonas in Paris on Tuesday 6 May 2021. '.repeat(5000)],
  };
  for (const [name, [a, b]] of Object.entries(cases)) {
    it(name, () => {
      const t = performance.now();
      const c = compareTexts(a, b);
      // About a second on a laptop; a quadratic step would take minutes.
      expect(performance.now() - t).toBeLessThan(30_000);
      checkRanges(c, a, b);
    });
  }
});
