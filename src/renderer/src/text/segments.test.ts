import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSegments, buildTaggedSegments, normalizeRanges } from './segments';
import type { TextRange } from '../../../shared/document';

const PIECES = ['a', 'b', ' ', 'é', 'e\u0301', '😀', '𝄞', 'Москва', '東京', '\n\n', '<script>', '&amp;', '\ud800'];

// Texts from pieces that trip offset arithmetic (combining marks, astral characters, a lone
// surrogate), and ranges around them that may be empty, inverted or reach past either end.
const textAndRanges = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 29 })
  .map((pieces) => pieces.join(''))
  .chain((text) =>
    fc.tuple(
      fc.constant(text),
      fc.array(
        fc.record({ start: fc.integer({ min: -3, max: text.length + 2 }), width: fc.integer({ min: -2, max: 7 }) }).map(({ start, width }): TextRange => ({ start, end: start + width })),
        { maxLength: 7 },
      ),
    ),
  );

// A fixed seed: the same cases every run; a failure prints its shrunk counterexample.
const runs = (numRuns: number, seed: number) => ({ numRuns, seed });

const splitsPair = (text: string, p: number): boolean =>
  p > 0 && p < text.length && /[\ud800-\udbff]/.test(text[p - 1]) && /[\udc00-\udfff]/.test(text[p]);

describe('buildSegments', () => {
  it('highlights and keeps the rest as plain text', () => {
    const segs = buildSegments('Sergei Lavrov met Truss', [{ start: 0, end: 6 }]);
    expect(segs).toEqual([
      { start: 0, end: 6, text: 'Sergei', highlighted: true },
      { start: 6, end: 23, text: ' Lavrov met Truss', highlighted: false },
    ]);
  });

  it('merges overlapping and touching ranges and clamps to the text', () => {
    expect(normalizeRanges('abcdefghij', [{ start: 5, end: 50 }, { start: 2, end: 4 }, { start: 3, end: 5 }, { start: -4, end: 1 }])).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 10 },
    ]);
  });

  it('drops empty, inverted and non-finite ranges', () => {
    expect(buildSegments('abc', [{ start: 2, end: 2 }, { start: 3, end: 1 }, { start: NaN, end: 2 }])).toEqual([
      { start: 0, end: 3, text: 'abc', highlighted: false },
    ]);
    expect(buildSegments('', [{ start: 0, end: 4 }])).toEqual([]);
  });

  it('widens a range rather than split a surrogate pair', () => {
    const text = 'a😀b';
    const segs = buildSegments(text, [{ start: 2, end: 3 }]);
    expect(segs.map((s) => s.text)).toEqual(['a', '😀', 'b']);
    expect(segs[1].highlighted).toBe(true);
  });

  it('holds its properties on random input', () => {
    fc.assert(
      fc.property(textAndRanges, ([text, ranges]) => {
        const segs = buildSegments(text, ranges);
        expect(segs.map((s) => s.text).join('')).toBe(text);
        let pos = 0;
        for (const [k, s] of segs.entries()) {
          expect(s.start).toBe(pos);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.text).toBe(text.slice(s.start, s.end));
          expect(splitsPair(text, s.start)).toBe(false);
          if (k > 0) expect(s.highlighted && segs[k - 1].highlighted).toBe(false);
          pos = s.end;
        }
        expect(pos).toBe(text.length);
        // Every character inside a valid input range ends up highlighted.
        for (const rg of ranges) {
          for (let p = Math.max(0, rg.start); p < Math.min(text.length, rg.end); p++) {
            expect(segs.find((s) => s.start <= p && p < s.end)?.highlighted).toBe(true);
          }
        }
      }),
      runs(3000, 42),
    );
  });
});

describe('buildTaggedSegments', () => {
  it('keeps overlapping layers apart', () => {
    const segs = buildTaggedSegments('Sergei Lavrov', [
      { start: 0, end: 13, tag: 'hit' },
      { start: 0, end: 6, tag: 'variant' },
    ]);
    expect(segs).toEqual([
      { start: 0, end: 6, text: 'Sergei', tags: ['hit', 'variant'] },
      { start: 6, end: 13, text: ' Lavrov', tags: ['hit'] },
    ]);
  });

  it('lists, for every character, exactly the ranges that cover it', () => {
    fc.assert(
      fc.property(textAndRanges, ([text, given]) => {
        const ranges = given.map((x, tag) => ({ ...x, tag }));
        const segs = buildTaggedSegments(text, ranges);
        expect(segs.map((s) => s.text).join('')).toBe(text);
        for (const s of segs) {
          expect(splitsPair(text, s.start) || splitsPair(text, s.end)).toBe(false);
          for (const rg of ranges) {
            const lo = Math.max(0, rg.start);
            const hi = Math.min(text.length, rg.end);
            // A segment wholly inside a range (as given, before widening) carries its tag.
            if (lo < hi && s.start >= lo && s.end <= hi) expect(s.tags).toContain(rg.tag);
            // A segment wholly outside it never does.
            if (s.end <= Math.max(0, lo - 1) || s.start >= hi + 1 || lo >= hi) expect(s.tags).not.toContain(rg.tag);
          }
        }
      }),
      runs(2000, 7),
    );
  });
});
