import { normalizeWord } from '../text/tokenize';
import { editDistance } from './edit-distance';
import type { SpellingReason } from './types';

const QUOTE_CHARS: Record<string, string> = {
  '“': '"', '”': '"', '„': '"', '‟': '"', '«': '"', '»': '"', '″': '"',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", 'ʼ': "'", '`': "'", '´': "'", '′': "'",
};
const QUOTE_RE = /[“”„‟«»″‘’‚‛ʼ`´′]/g;

/** Straight quotes for curly ones, so quote style alone never reads as a change. */
export function straightenQuotes(s: string): string {
  return s.replace(QUOTE_RE, (c) => QUOTE_CHARS[c] ?? c);
}

/** Consonant skeleton: vowels (and y) are where transliterations of one name disagree. */
function skeleton(folded: string): string {
  return folded.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * Built-in test for two spellings of one name (Sergei/Sergay, Zelenskiy/Zelenskyy, Kyiv/Kiev).
 * Both must be capitalised and share a first letter; then either the consonant skeletons
 * agree or the edit distance is small for the length. Short words need the skeleton rule,
 * which keeps Iran/Iraq and Mr/Ms apart. It is only asked about words already aligned in
 * the same place of two matching sentences, which is what keeps it from over-merging.
 */
export function defaultIsSpellingVariant(wordA: string, wordB: string): boolean {
  if (!/^\p{Lu}/u.test(wordA) || !/^\p{Lu}/u.test(wordB)) return false;
  const a = normalizeWord(wordA);
  const b = normalizeWord(wordB);
  if (a === b) return true;
  if (a.length < 3 || b.length < 3 || a[0] !== b[0] || /\p{N}/u.test(a + b)) return false;
  const sa = skeleton(a);
  if (sa.length >= 2 && sa === skeleton(b)) return true;
  const len = Math.min(a.length, b.length);
  if (len < 5) return false;
  return editDistance(a, b, 2) <= (len >= 7 ? 2 : 1);
}

function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

/**
 * Why two words with the same matching key are written differently, checked from the most
 * specific cause: `word*` is the word itself, `core*` the word with adjoining punctuation.
 */
export function cosmeticReason(wordA: string, wordB: string, coreA: string, coreB: string, isNumber: boolean): SpellingReason {
  if (wordA !== wordB) {
    if (isNumber) return 'number-format';
    if (straightenQuotes(wordA) === straightenQuotes(wordB)) return 'quote-style';
    if (wordA.toLowerCase() === wordB.toLowerCase()) return 'case';
    if (stripMarks(wordA).toLowerCase() === stripMarks(wordB).toLowerCase()) return 'diacritics';
    return 'punctuation';
  }
  return straightenQuotes(coreA) === straightenQuotes(coreB) ? 'quote-style' : 'punctuation';
}
