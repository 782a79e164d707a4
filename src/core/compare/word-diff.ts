import type { Token } from '../text/tokenize';
import { tokenize } from '../text/tokenize';
import { buildUnits, type DiffUnit } from './diff-units';
import { joinInitialisms } from './initialisms';
import { diffSequences } from './myers-diff';
import { cosmeticReason, defaultIsSpellingVariant } from './spelling-variant';
import type { SpellingVariantTest, TextRange, WordChange } from './types';

/** A passage of a text for diffing: tokens may be of the whole text (they are filtered by range). */
export interface DiffSide {
  text: string;
  tokens: readonly Token[];
  start: number;
  end: number;
}

/**
 * Word diff of two passages. Changes tile both passages in order, so joining every change's
 * `a` gives a.text.slice(start, end) (likewise for b). Words with equal keys but different
 * spelling, and replaced capitalised words that are variants of one name, become single-word
 * 'replace' changes marked spellingOnly.
 */
export function diffWords(a: DiffSide, b: DiffSide, isVariant: SpellingVariantTest = defaultIsSpellingVariant): WordChange[] {
  const ua = buildUnits(a.text, a.tokens, a.start, a.end);
  const ub = buildUnits(b.text, b.tokens, b.start, b.end);
  const ids = new Map<string, number>();
  const id = (u: DiffUnit) => ids.get(u.key) ?? (ids.set(u.key, ids.size), ids.size - 1);
  const runs = diffSequences(Int32Array.from(ua, id), Int32Array.from(ub, id));
  const out = new ChangeList(a.text, b.text);
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    if (run.kind === 'equal') {
      for (let k = 0; k < run.aEnd - run.aStart; k++) out.pair(ua[run.aStart + k], ub[run.bStart + k]);
    } else if (run.kind === 'delete' && runs[r + 1]?.kind === 'insert') {
      const ins = runs[++r];
      out.replaceBlock(ua.slice(run.aStart, run.aEnd), ub.slice(ins.bStart, ins.bEnd), isVariant);
    } else if (run.kind === 'delete') {
      out.add('delete', ua.slice(run.aStart, run.aEnd), [], false);
    } else {
      out.add('insert', [], ub.slice(run.bStart, run.bEnd), false);
    }
  }
  if (ua.length === 0 && a.end > a.start) out.raw('delete', { start: a.start, end: a.end }, null);
  if (ub.length === 0 && b.end > b.start) out.raw('insert', null, { start: b.start, end: b.end });
  return out.changes;
}

class ChangeList {
  readonly changes: WordChange[] = [];
  constructor(private readonly aText: string, private readonly bText: string) {}

  /** Two units with the same key: equal, or a cosmetic replace when written differently. */
  pair(x: DiffUnit, y: DiffUnit): void {
    if (x.core === y.core) return this.add('equal', [x], [y], false);
    this.add('replace', [x], [y], true, cosmeticReason(x.word, y.word, x.core, y.core, x.isNumber));
  }

  /** A deleted run facing an inserted run: word-by-word when lengths agree, to catch name variants. */
  replaceBlock(xs: DiffUnit[], ys: DiffUnit[], isVariant: SpellingVariantTest): void {
    if (xs.length !== ys.length) return this.add('replace', xs, ys, false);
    for (let k = 0; k < xs.length; k++) {
      const variant = !xs[k].isNumber && !ys[k].isNumber && isVariant(xs[k].word, ys[k].word);
      if (variant) this.add('replace', [xs[k]], [ys[k]], true, 'name-variant');
      else this.add('replace', [xs[k]], [ys[k]], false);
    }
  }

  add(op: WordChange['op'], xs: DiffUnit[], ys: DiffUnit[], spellingOnly: boolean, reason?: WordChange['reason']): void {
    const aRange = xs.length ? { start: xs[0].start, end: xs[xs.length - 1].end } : null;
    const bRange = ys.length ? { start: ys[0].start, end: ys[ys.length - 1].end } : null;
    const last = this.changes[this.changes.length - 1];
    // Merge runs of plain changes of one kind; cosmetic changes stay one word each so each keeps its reason.
    if (last && !spellingOnly && !last.spellingOnly && last.op === op) {
      last.aRange = extend(last.aRange, aRange);
      last.bRange = extend(last.bRange, bRange);
      last.a = last.aRange ? this.aText.slice(last.aRange.start, last.aRange.end) : '';
      last.b = last.bRange ? this.bText.slice(last.bRange.start, last.bRange.end) : '';
      return;
    }
    this.raw(op, aRange, bRange, spellingOnly, reason);
  }

  raw(op: WordChange['op'], aRange: TextRange | null, bRange: TextRange | null, spellingOnly = false, reason?: WordChange['reason']): void {
    const change: WordChange = {
      op,
      a: aRange ? this.aText.slice(aRange.start, aRange.end) : '',
      b: bRange ? this.bText.slice(bRange.start, bRange.end) : '',
      aRange,
      bRange,
      spellingOnly,
    };
    if (reason) change.reason = reason;
    this.changes.push(change);
  }
}

function extend(r: TextRange | null, next: TextRange | null): TextRange | null {
  if (!r) return next;
  if (!next) return r;
  return { start: r.start, end: next.end };
}

/** Diff of two standalone strings (quotes, tests). */
export function diffStrings(a: string, b: string, isVariant?: SpellingVariantTest): WordChange[] {
  const side = (t: string): DiffSide => ({ text: t, tokens: joinInitialisms(t, tokenize(t)), start: 0, end: t.length });
  return diffWords(side(a), side(b), isVariant);
}
