import { foldTerm, stripPossessive } from './normalize';

/** A word of the source text: its exact characters, its place, and its folded form. */
export interface Token {
  /** The characters as written (possessive included). */
  text: string;
  /** Offsets into the source string, [start, end). */
  start: number;
  end: number;
  /** Folded, possessive-free form: the unit of matching (not yet stemmed). */
  norm: string;
}

// Letters and marks of any script, digits joined by . or , (2.5, 2,000), and words joined by
// apostrophes (O'Brien, didn’t). Hyphens and slashes separate words.
const WORD = /\p{N}+(?:[.,]\p{N}+)*(?:\p{L}+)?|[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)*(?:['’](?=\s|$|[^\p{L}]))?/gu;

/** Splits text into word tokens with offsets. Never throws; empty input gives []. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const raw = m[0];
    const norm = normalizeWord(raw);
    if (norm) out.push({ text: raw, start: m.index, end: m.index + raw.length, norm });
  }
  return out;
}

/**
 * Calls back with each word's folded form and offset, allocating nothing per word: the
 * indexer's hot loop over every word of every article.
 */
export function forEachWord(text: string, fn: (norm: string, start: number) => void): void {
  const re = new RegExp(WORD.source, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const norm = normalizeWord(m[0]);
    if (norm) fn(norm, m.index);
  }
}

/** The matching form of one word: possessive removed, folded, number separators dropped. */
export function normalizeWord(raw: string): string {
  // Fast path: plain ASCII letters and digits, most words of English news. Hashing each word
  // for the cache below costs more than lower-casing it.
  let lower = true;
  let i = 0;
  for (; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (c >= 65 && c <= 90) lower = false;
    else break;
  }
  if (i === raw.length) return lower ? raw : raw.toLowerCase();
  const hit = normCache.get(raw);
  if (hit !== undefined) return hit;
  const norm = computeNorm(raw);
  if (normCache.size > 400_000) normCache.clear();
  normCache.set(raw, norm);
  return norm;
}

// Folding is the costly part of tokenising (Unicode normalisation twice); words repeat a lot.
const normCache = new Map<string, string>();

function computeNorm(raw: string): string {
  let w = stripPossessive(raw);
  if (/^\p{N}/u.test(w)) w = w.replace(/,(?=\p{N}{3}(?:\D|$))/gu, '');
  return foldTerm(w);
}

/** Words only, folded: convenient for comparison and variants. */
export function words(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}
