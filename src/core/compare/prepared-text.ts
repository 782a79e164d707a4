import { tokenize, type Token } from '../text/tokenize';
import { buildUnits, type DiffUnit } from './diff-units';
import { joinInitialisms } from './initialisms';
import { findNameRuns, type NameRun } from './name-runs';
import { splitSentences } from './sentence-split';
import type { Sentence, TextRange } from './types';

/** A text tokenized and split once, shared by alignment, quotes and facts. */
export interface PreparedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Diff units of each sentence, for matching keys. */
  units: DiffUnit[][];
  /** All units in reading order, and where each sentence's units begin in it (plus the total). */
  flat: DiffUnit[];
  unitStart: number[];
  /** Capitalised runs: names for facts, speakers for quotes. */
  names: NameRun[];
}

export function prepareText(text: string): PreparedText {
  const tokens = joinInitialisms(text, tokenize(text));
  const sentences = splitSentences(text);
  const units = sentences.map((s) => buildUnits(text, tokensIn(tokens, s), s.start, s.end));
  const unitStart: number[] = [0];
  for (const u of units) unitStart.push(unitStart[unitStart.length - 1] + u.length);
  return { text, tokens, sentences, units, flat: units.flat(), unitStart, names: findNameRuns(text, tokens, sentences) };
}

/** Tokens lying inside a range, by binary search on the sorted token list. */
export function tokensIn(tokens: readonly Token[], range: TextRange): Token[] {
  let lo = firstAtOrAfter(tokens, range.start);
  const out: Token[] = [];
  for (; lo < tokens.length && tokens[lo].end <= range.end; lo++) out.push(tokens[lo]);
  return out;
}

export function countTokensIn(tokens: readonly Token[], range: TextRange): number {
  const from = firstAtOrAfter(tokens, range.start);
  let to = from;
  while (to < tokens.length && tokens[to].start < range.end) to++;
  return to - from;
}

function firstAtOrAfter(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
