import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildLunrIndex } from './build-index';
import { FIELDS, indexTerm, type Field } from './index-terms';
import { scoreDocuments, type WeightedTerm } from './score-documents';
import { metaFor } from './test-corpus';

const SEEDS = resolve(__dirname, '../../../../shared/corpus/seeds');
const docs = readdirSync(SEEDS).sort().map((f) => {
  const text = readFileSync(resolve(SEEDS, f), 'utf8');
  return { meta: metaFor(f, text.split('\n')[0], 'Outlet'), text };
});
const { index } = buildLunrIndex(docs);

function viaLunr(terms: WeightedTerm[]): Map<string, number> {
  const res = index.query((q) => {
    for (const t of terms) q.term(t.term, { fields: t.fields, boost: t.boost, usePipeline: false, wildcard: lunr.Query.wildcard.NONE });
  });
  return new Map(res.map((r) => [r.ref, r.score]));
}

const all = [...FIELDS] as Field[];
const w = (word: string, boost = 1, fields: Field[] = all): WeightedTerm => ({ term: indexTerm(word)!, fields, boost });

describe('scoreDocuments', () => {
  it.each([
    ['one word', [w('lavrov')]],
    ['two words', [w('truss'), w('sanctions')]],
    ['boosted', [w('deaf', 3), w('moscow')]],
    ['one field', [w('lavrov', 1, ['title']), w('russia')]],
    ['repeated term', [w('truss'), w('truss', 2)]],
  ])('matches lunr.Index.query: %s', (_name, terms) => {
    const expected = viaLunr(terms);
    const got = scoreDocuments(index, terms, docs.length);
    expect(expected.size).toBeGreaterThan(0);
    docs.forEach((_d, i) => {
      const ref = i.toString(36);
      expect(got[i], ref).toBeCloseTo(expected.get(ref) ?? 0, 9);
    });
  });
});
