import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildLunrIndex, refOf } from './build-index';
import { FIELDS, FIELD_BOOSTS, indexTerm } from './index-terms';
import { metaFor } from './test-corpus';
import { tokenize } from '../text/tokenize';

const SEEDS = resolve(__dirname, '../../../../shared/corpus/seeds');
const docs = readdirSync(SEEDS).sort().map((f) => {
  const text = readFileSync(resolve(SEEDS, f), 'utf8');
  return { meta: metaFor(f, text.split('\n')[0], f < '002' ? 'ITV News' : 'Other'), text };
});

/** The same documents through lunr's own Builder, with the same terms. */
function viaLunrBuilder(): lunr.Index {
  const b = new lunr.Builder();
  b.pipeline.reset();
  b.searchPipeline.reset();
  b.ref('ref');
  for (const f of FIELDS) b.field(f, { boost: FIELD_BOOSTS[f] });
  (b as unknown as { tokenizer: (v: unknown) => string[] }).tokenizer = (v) =>
    typeof v === 'string' ? tokenize(v).map((t) => indexTerm(t.norm)).filter((x): x is string => !!x) : [];
  docs.forEach((d, i) => b.add({ ref: refOf(i), title: d.meta.title, body: d.text, outlet: d.meta.outlet }));
  return b.build();
}

describe('buildLunrIndex', () => {
  const ours = buildLunrIndex(docs).index;
  const theirs = viaLunrBuilder();
  it('gives exactly the scores lunr.Builder gives', () => {
    for (const q of ['lavrov', 'truss', 'deaf', 'sanction', 'itv', 'moscow']) {
      const run = (idx: lunr.Index) =>
        idx
          .query((qq) => qq.term(indexTerm(q)!, { usePipeline: false }))
          .map((r) => [r.ref, r.score.toFixed(6)])
          .sort();
      expect(run(ours), q).toEqual(run(theirs));
      expect(run(ours).length, q).toBeGreaterThan(0);
    }
  });
  it('serialises to the same postings and vectors', () => {
    const a = ours.toJSON() as unknown as { invertedIndex: unknown[]; fieldVectors: [string, number[]][] };
    const b = theirs.toJSON() as unknown as { invertedIndex: unknown[]; fieldVectors: [string, number[]][] };
    expect(a.invertedIndex).toEqual(b.invertedIndex);
    expect(new Map(a.fieldVectors)).toEqual(new Map(b.fieldVectors));
  });
});
