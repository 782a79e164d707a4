/**
 * Index-time extraction of candidate name words: capitalised words that are not merely
 * sentence-initial, minus common words and acronyms. A word at the start of a sentence, a line
 * or a title-case headline is kept but flagged `initial`: the model counts it only if the word
 * is a name elsewhere.
 */
import { stripPossessive } from '../text/normalize';
import { tokenize, type Token } from '../text/tokenize';
import { isCommonWord } from './common-words';
import type { NameOccurrence } from './types';

const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const HAS_LOWER = /\p{Ll}/u;
// Skipped when looking back for a sentence boundary: spaces, quotes, brackets, Markdown marks.
const SKIP_BACK = /[\s"'“”‘’«»()[\]*_#>|-]/u;
const BOUNDARY = /[.!?:;\n\r•]/;

export interface ScannedDoc {
  candidates: NameOccurrence[];
  /** Every token, for lower-case frequency and neighbours. */
  tokens: Token[];
  /** Index into tokens of each candidate. */
  tokenIndex: number[];
}

/** Capitalised, not an acronym, not a common word. */
export function isNameShaped(raw: string, norm: string): boolean {
  // Fast exit for the common case, a lower-case ASCII word: this runs on every token of the corpus.
  const c = raw.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return false;
  const word = stripPossessive(raw);
  // Acronyms, plural ones included (LEDs), and anything with digits (A380s) are not names.
  if (!HAS_LOWER.test(word) || /^\p{Lu}{2,}s$/u.test(word) || /\p{N}/u.test(word)) return false;
  return UPPER_START.test(word) && !isCommonWord(norm);
}

export function isLowerCase(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_START.test(raw);
}

function startsSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && SKIP_BACK.test(text[i]) && text[i] !== '\n') i--;
  return i < 0 || BOUNDARY.test(text[i]);
}

function startsUpper(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(raw);
}

function isLetterStart(raw: string): boolean {
  const c = raw.charCodeAt(0) | 32;
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{L}/u.test(raw);
}

/** Lines where most words are capitalised are headlines or captions: capitals there say nothing. */
function titleCaseTokens(text: string, tokens: Token[]): Set<number> {
  const out = new Set<number>();
  let i = 0;
  while (i < tokens.length) {
    const nl = text.indexOf('\n', tokens[i].start);
    const lineEnd = nl < 0 ? text.length : nl;
    let words = 0;
    let caps = 0;
    let j = i;
    for (; j < tokens.length && tokens[j].start < lineEnd; j++) {
      if (!isLetterStart(tokens[j].text)) continue;
      words++;
      if (startsUpper(tokens[j].text)) caps++;
    }
    if (words >= 3 && caps / words >= 0.75) for (let k = i; k < j; k++) out.add(k);
    i = j;
  }
  return out;
}

/** Tokens and candidates of one document in one pass. */
export function scanDoc(docId: string, text: string): ScannedDoc {
  const tokens = tokenize(text);
  const titled = titleCaseTokens(text, tokens);
  const candidates: NameOccurrence[] = [];
  const tokenIndex: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isNameShaped(t.text, t.norm)) continue;
    const word = stripPossessive(t.text);
    const initial = titled.has(i) || startsSentence(text, t.start);
    candidates.push({ word, norm: t.norm, start: t.start, end: t.start + word.length, docId, initial });
    tokenIndex.push(i);
  }
  return { candidates, tokens, tokenIndex };
}

/** Candidate name words of one document, with offsets into `text`. */
export function extractCandidates(docId: string, text: string): NameOccurrence[] {
  return scanDoc(docId, text).candidates;
}
