import { describe, expect, it } from 'vitest';
import { diffStrings } from './word-diff';
import type { WordChange } from './types';

const joinA = (cs: WordChange[]) => cs.filter((c) => c.aRange).map((c) => c.a).join('');
const joinB = (cs: WordChange[]) => cs.filter((c) => c.bRange).map((c) => c.b).join('');

function expectTiling(a: string, b: string, cs: WordChange[]): void {
  expect(joinA(cs)).toBe(a);
  expect(joinB(cs)).toBe(b);
  let atA = 0;
  let atB = 0;
  for (const c of cs) {
    if (c.aRange) {
      expect(c.aRange.start).toBe(atA);
      expect(a.slice(c.aRange.start, c.aRange.end)).toBe(c.a);
      atA = c.aRange.end;
    }
    if (c.bRange) {
      expect(c.bRange.start).toBe(atB);
      expect(b.slice(c.bRange.start, c.bRange.end)).toBe(c.b);
      atB = c.bRange.end;
    }
  }
}

describe('diffStrings', () => {
  it('finds inserted, deleted and replaced words with ranges that re-join to the originals', () => {
    const a = 'Liz Truss met her Russian counterpart at the Reception House on Thursday.';
    const b = 'On Thursday, Liz Truss met her counterpart at the ornate Reception House.';
    const cs = diffStrings(a, b);
    expectTiling(a, b, cs);
    expect(cs.filter((c) => c.op === 'delete').map((c) => c.a.trim())).toContain('Russian');
    expect(cs.filter((c) => c.op === 'insert').map((c) => c.b.trim())).toContain('ornate');
  });

  it('re-joins exactly across odd whitespace, markdown and leading punctuation', () => {
    const pairs: [string, string][] = [
      ['  “Quote,” he said —\n\tthen  left…', '"Quote" he said; then left'],
      ['**Related:** [link](#) here', 'Related: link here!'],
      ['', 'only B'],
      ['only A', ''],
      ['— – …', 'words'],
    ];
    for (const [a, b] of pairs) expectTiling(a, b, diffStrings(a, b));
  });

  it('keeps a long random edit consistent', () => {
    const words = 'the of Moscow talks said Lavrov Truss deaf person 2,000 £1.8bn U.K. café'.split(' ');
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const make = () => Array.from({ length: 300 }, () => words[Math.floor(rand() * words.length)]).join(rand() < 0.5 ? ' ' : ', ');
    for (let i = 0; i < 5; i++) {
      const a = make();
      const b = make();
      expectTiling(a, b, diffStrings(a, b));
    }
  });

  it('reports an identical passage as one equal change', () => {
    const cs = diffStrings('It got worse.', 'It got worse.');
    expect(cs).toEqual([{ op: 'equal', a: 'It got worse.', b: 'It got worse.', aRange: { start: 0, end: 13 }, bRange: { start: 0, end: 13 }, spellingOnly: false }]);
  });
});
