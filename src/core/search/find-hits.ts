import type { TextRange } from '../../shared/document';
import { tokenize, type Token } from '../text/tokenize';
import { indexTerm, type Field } from './index-terms';
import type { ResolvedClause } from './resolve-query';

/** True when the tokens contain the phrase's slots in a row. */
export function phraseRanges(tokens: Token[], slots: Set<string>[]): TextRange[] {
  const out: TextRange[] = [];
  const n = slots.length;
  outer: for (let i = 0; i + n <= tokens.length; i++) {
    for (let k = 0; k < n; k++) if (!slots[k].has(tokens[i + k].norm)) continue outer;
    out.push({ start: tokens[i].start, end: tokens[i + n - 1].end });
    i += n - 1;
  }
  return out;
}

/**
 * Every place in `text` that the positive clauses match, in reading order, without overlaps.
 * Positions are found by re-tokenising the shown text, so the index stores none.
 */
export function findHits(text: string, clauses: ResolvedClause[], field: Field = 'body', tokens = tokenize(text)): TextRange[] {
  const positive = clauses.filter((c) => c.clause.presence !== 'prohibited' && c.fields.includes(field));
  if (positive.length === 0) return [];
  const terms = new Set<string>();
  const ranges: TextRange[] = [];
  for (const c of positive) {
    if (c.slots) ranges.push(...phraseRanges(tokens, c.slots));
    else for (const t of c.terms) terms.add(t);
  }
  if (terms.size) {
    for (const t of tokens) {
      const term = indexTerm(t.norm);
      if (term && terms.has(term)) ranges.push({ start: t.start, end: t.end });
    }
  }
  return mergeRanges(ranges);
}

/** Sorted, non-overlapping ranges; a longer range swallows those inside it. */
export function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) {
      if (r.end > last.end) last.end = r.end;
    } else out.push({ ...r });
  }
  return out;
}
