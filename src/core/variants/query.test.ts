import { describe, expect, it } from 'vitest';
import { buildVariantModel } from './model';
import { expandWord, occurrencesIn } from './query';
import { loadSeeds as seedDocs } from '../../node/eval/name-variants-seeds';

describe('expandWord and occurrencesIn', () => {
  const docs = seedDocs();
  const m = buildVariantModel(docs);
  it('a word of a group matches all its spellings, whatever its case or possessive', () => {
    for (const w of ['Sergey', 'sergay', 'SERGEI', "Sergei's"]) {
      const e = expandWord(m, w);
      expect(e.groupId).toBe('w:sergei');
      expect(e.spellings.sort()).toEqual(['sergay', 'sergei', 'sergey']);
    }
  });
  it('a word outside any group matches itself only', () => {
    expect(expandWord(m, 'Lavrov')).toEqual({ spellings: ['lavrov'], groupId: null });
    expect(expandWord(m, '')).toEqual({ spellings: [], groupId: null });
  });
  it('finds the ranges of grouped words in a shown text', () => {
    const d = docs[1];
    const occ = occurrencesIn(m, d.id, d.text);
    expect(occ.length).toBeGreaterThan(0);
    for (const o of occ) expect(o.groupId).toBe('w:sergei');
    expect(occ.map((o) => d.text.slice(o.start, o.end))).toContain('Sergay');
  });
});
