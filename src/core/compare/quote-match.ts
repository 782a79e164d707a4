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

// A quote counts as rendered on the other side when half its content words (two, or three
// for quotes of five content words or more)
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
  const positions = keyPositions(other);
  const exact = findRun(other.flat, positions, keys);
  if (exact) return { kind: 'verbatim', range: exact };
  const content = new Set(keys.filter((k) => !isStopWord(k)));
  if (content.size < 2) return null;
  const span = Math.min(3, 1 + Math.ceil(keys.length / 25));
  const { unitStart } = other;
  const hitCount = new Map<number, number>();
  for (const k of content) {
    // A word found hundreds of times seeds no better windows than its first few hundred do.
    for (const pos of (positions.get(k) ?? []).slice(0, 200)) {
      const sn = sentenceOfUnit(unitStart, pos);
      hitCount.set(sn, (hitCount.get(sn) ?? 0) + 1);
    }
  }
  // Windows are built around the sentences sharing most words; a repetitive text could otherwise offer thousands.
  const seeds = [...hitCount].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, MAX_SEEDS).map(([sn]) => sn);
  let best: { recall: number; range: TextRange } | null = null;
  const tried = new Set<number>();
  for (const hs of seeds) {
    for (let size = 1; size <= span; size++) {
      for (let i = Math.max(0, hs - size + 1); i <= hs && i + size < unitStart.length; i++) {
        const id = i * 4 + size;
        if (tried.has(id) || unitStart[i + size] - unitStart[i] > MAX_WINDOW) continue;
        tried.add(id);
        const found = scoreWindow(other, unitStart[i], unitStart[i + size], content, otherQuotes, speakerKey);
        if (found && (!best || found.recall > best.recall + 1e-9)) best = found;
      }
    }
  }
  return best ? { kind: 'reworded', range: best.range } : null;
}

// A "sentence" longer than this is not prose (a table, a run-on dump): not searched for quotes.
const MAX_WINDOW = 3000;
const MAX_SEEDS = 24;

const positionCache = new WeakMap<PreparedText, Map<string, number[]>>();

/** Where each key occurs in the other text's units, built once per text. */
function keyPositions(p: PreparedText): Map<string, number[]> {
  let map = positionCache.get(p);
  if (!map) {
    map = new Map();
    p.flat.forEach((u, i) => {
      const list = map!.get(u.key);
      if (list) list.push(i);
      else map!.set(u.key, [i]);
    });
    positionCache.set(p, map);
  }
  return map;
}

function sentenceOfUnit(unitStart: readonly number[], pos: number): number {
  let lo = 0;
  let hi = unitStart.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (unitStart[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Recall of the quote's content words in flat[from, to), if the window passes the tests above. */
function scoreWindow(other: PreparedText, from: number, to: number, content: ReadonlySet<string>, quotes: readonly QuoteSpan[], speakerKey: string | null): { recall: number; range: TextRange } | null {
  const units = other.flat;
  const hits: number[] = [];
  for (let u = from; u < to; u++) if (content.has(units[u].key)) hits.push(u);
  const distinct = new Set(hits.map((u) => units[u].key)).size;
  const recall = distinct / content.size;
  if (distinct < (content.size >= 5 ? 3 : 2) || recall < MIN_RECALL) return null;
  let between = 0;
  for (let u = hits[0]; u <= hits[hits.length - 1]; u++) if (!isStopWord(units[u].key)) between++;
  if (hits.length / between < MIN_DENSITY) return null;
  const range = widen({ start: wordStart(units[hits[0]]), end: wordEnd(units[hits[hits.length - 1]]) }, quotes);
  const quoted = overlapping(quotes, range).length > 0;
  let speech = quoted;
  for (let u = from; u < to && !speech; u++) speech = isSpeechVerb(units[u].word) || units[u].key === speakerKey;
  return speech ? { recall, range } : null;
}

/** Quotes (sorted, disjoint) overlapping a range, found by binary search. */
function overlapping(quotes: readonly QuoteSpan[], range: TextRange): QuoteSpan[] {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].end <= range.start) lo = mid + 1;
    else hi = mid;
  }
  const out: QuoteSpan[] = [];
  for (let i = lo; i < quotes.length && quotes[i].start < range.end; i++) out.push(quotes[i]);
  return out;
}

/** Extends a range to a quotation it overlaps, unless that quotation is much longer. */
function widen(range: TextRange, quotes: readonly QuoteSpan[]): TextRange {
  let out = range;
  for (const q of overlapping(quotes, range)) {
    const merged = { start: Math.min(out.start, q.start), end: Math.max(out.end, q.end) };
    if (merged.end - merged.start <= 1.5 * (range.end - range.start) + 40) out = merged;
  }
  return out;
}

/** The quote's keys in a row in the other text, tried only where its rarest key occurs. */
function findRun(flat: readonly DiffUnit[], positions: Map<string, number[]>, keys: readonly string[]): TextRange | null {
  let anchor = 0;
  for (let k = 1; k < keys.length; k++) if ((positions.get(keys[k])?.length ?? 0) < (positions.get(keys[anchor])?.length ?? 0)) anchor = k;
  outer: for (const at of positions.get(keys[anchor]) ?? []) {
    const i = at - anchor;
    if (i < 0 || i + keys.length > flat.length) continue;
    for (let k = 0; k < keys.length; k++) if (flat[i + k].key !== keys[k]) continue outer;
    return { start: wordStart(flat[i]), end: wordEnd(flat[i + keys.length - 1]) };
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
