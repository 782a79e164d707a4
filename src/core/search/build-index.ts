import lunr from 'lunr';
import type { DocMeta } from '../../shared/document';
import { tokenize } from '../text/tokenize';
import { FIELDS, FIELD_BOOSTS, indexTerm } from './index-terms';

export interface IndexableDoc {
  meta: DocMeta;
  text: string;
}

/**
 * lunr tokenizer replacement: our Unicode tokenizer plus stop words and stemming done once
 * per distinct word. The lunr pipeline is left empty, so a saved index needs no registered
 * functions to load, and query terms go through the same indexTerm() on the way in.
 */
function fieldTokens(value: unknown): lunr.Token[] {
  if (typeof value !== 'string' || !value) return [];
  const out: lunr.Token[] = [];
  for (const t of tokenize(value)) {
    const term = indexTerm(t.norm);
    if (term) out.push(new lunr.Token(term, {}));
  }
  return out;
}

export function buildLunrIndex(docs: Iterable<IndexableDoc>, onDoc?: (done: number) => void): lunr.Index {
  const builder = new lunr.Builder();
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.ref('id');
  for (const f of FIELDS) builder.field(f, { boost: FIELD_BOOSTS[f] });
  (builder as unknown as { tokenizer: (v: unknown) => lunr.Token[] }).tokenizer = fieldTokens;
  let done = 0;
  for (const d of docs) {
    builder.add({ id: d.meta.id, title: d.meta.title, body: d.text, outlet: d.meta.outlet });
    done++;
    if (onDoc && done % 50 === 0) onDoc(done);
  }
  onDoc?.(done);
  return builder.build();
}
