import type { DiffUnit } from './diff-units';
import type { PreparedText } from './prepared-text';
import type { QuoteSpan } from './quote-spans';
import { isStopWord } from './stop-words';
import { isSpeechVerb } from './speech-verbs';
import type { TextRange } from './types';

export interface QuoteMatch {
  kind: 'verbatim' | 'reworded';
  range: TextRange;
}

// A quote counts as rendered on the other side when half its content words (two at least)
// appear close together, in a passage that reads as speech: quoted, or with a speech verb or
// the speaker's name. Without that last test common words ("seems", "listen") match captions.
const MIN_RECALL = 0.5;
const MIN_DENSITY = 0.4;

/**
 * Looks for a quote's words in the other text: first the same words in the same order
 * (spelling aside: keys are folded and numbers canonical), then the window of one to three
 * sentences holding most of its content words. The reworded range runs from the first to
 * the last shared content word, widened to a short quotation it overlaps.
 */
export function matchQuote(quoteUnits: readonly DiffUnit[], other: PreparedText, otherQuotes: readonly QuoteSpan[], mapKey: (k: string) => string, speakerKey: string | null): QuoteMatch | null {
  const keys = quoteUnits.map((u) => mapKey(u.key));
  if (keys.length === 0) return null;
  const exact = findRun(other.flat, keys);
  if (exact) return { kind: 'verbatim', range: exact };
  const content = new Set(keys.filter((k) => !isStopWord(k)));
  if (content.size < 2) return null;
  const span = Math.min(3, 1 + Math.ceil(keys.length / 25));
  const { flat, unitStart } = other;
  const hitSentences = new Set<number>();
  for (let s = 0; s + 1 < unitStart.length; s++) {
    for (let u = unitStart[s]; u < unitStart[s + 1]; u++) if (content.has(flat[u].key)) hitSentences.add(s);
  }
  let best: { recall: number; range: TextRange } | null = null;
  const tried = new Set<string>();
  for (const hs of hitSentences) {
    for (let size = 1; size <= span; size++) {
      for (let i = Math.max(0, hs - size + 1); i <= hs && i + size < unitStart.length; i++) {
        if (tried.has(`${i}:${size}`)) continue;
        tried.add(`${i}:${size}`);
        const found = scoreWindow(other, unitStart[i], unitStart[i + size], content, otherQuotes, speakerKey);
        if (found && (!best || found.recall > best.recall + 1e-9)) best = found;
      }
    }
  }
  return best ? { kind: 'reworded', range: best.range } : null;
}

/** Recall of the quote's content words in flat[from, to), if the window passes the tests above. */
function scoreWindow(other: PreparedText, from: number, to: number, content: ReadonlySet<string>, quotes: readonly QuoteSpan[], speakerKey: string | null): { recall: number; range: TextRange } | null {
  const units = other.flat;
  const hits: number[] = [];
  for (let u = from; u < to; u++) if (content.has(units[u].key)) hits.push(u);
  const recall = new Set(hits.map((u) => units[u].key)).size / content.size;
  if (hits.length < 2 || recall < MIN_RECALL) return null;
  let between = 0;
  for (let u = hits[0]; u <= hits[hits.length - 1]; u++) if (!isStopWord(units[u].key)) between++;
  if (hits.length / between < MIN_DENSITY) return null;
  const range = widen({ start: wordStart(units[hits[0]]), end: wordEnd(units[hits[hits.length - 1]]) }, quotes);
  const quoted = quotes.some((q) => q.start < range.end && q.end > range.start);
  let speech = quoted;
  for (let u = from; u < to && !speech; u++) speech = isSpeechVerb(units[u].word) || units[u].key === speakerKey;
  return speech ? { recall, range } : null;
}

/** Extends a range to a quotation it overlaps, unless that quotation is much longer. */
function widen(range: TextRange, quotes: readonly QuoteSpan[]): TextRange {
  let out = range;
  for (const q of quotes) {
    if (q.start >= range.end || q.end <= range.start) continue;
    const merged = { start: Math.min(out.start, q.start), end: Math.max(out.end, q.end) };
    if (merged.end - merged.start <= 1.5 * (range.end - range.start) + 40) out = merged;
  }
  return out;
}

function findRun(flat: readonly DiffUnit[], keys: readonly string[]): TextRange | null {
  outer: for (let i = 0; i + keys.length <= flat.length; i++) {
    for (let k = 0; k < keys.length; k++) if (flat[i + k].key !== keys[k]) continue outer;
    const last = flat[i + keys.length - 1];
    return { start: wordStart(flat[i]), end: wordEnd(last) };
  }
  return null;
}

// A unit's range starts at its leading punctuation; a quote range starts and ends on words.
function wordStart(u: DiffUnit): number {
  return u.start + Math.max(0, u.core.indexOf(u.word));
}

function wordEnd(u: DiffUnit): number {
  return wordStart(u) + u.word.length;
}
