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
 * which keeps Iran/Iraq and Mr/Ms apart. It is only asked about two words aligned in the
 * same place of matching sentences, or about a name one text lacks and one the other
 * lacks: settings where a near spelling is rarely a different name.
 * A longer form of the same word (Russia/Russian) is not a spelling: the skeleton rule
 * still accepts Zelensky/Zelenskyy, where only a vowel letter is added.
 */
export function defaultIsSpellingVariant(wordA: string, wordB: string): boolean {
  if (!/^\p{Lu}/u.test(wordA) || !/^\p{Lu}/u.test(wordB)) return false;
  // Cheap exit for the common case of two plain ASCII initials that differ.
  const ca = wordA.charCodeAt(0);
  const cb = wordB.charCodeAt(0);
  if (ca < 128 && cb < 128 && ca !== cb) return false;
  const a = normalizeWord(wordA);
  const b = normalizeWord(wordB);
  if (a === b) return true;
  if (a.length < 3 || b.length < 3 || a[0] !== b[0] || /\p{N}/u.test(a + b)) return false;
  const sa = skeleton(a);
  if (sa.length >= 2 && sa === skeleton(b)) return true;
  const len = Math.min(a.length, b.length);
  // An added ending is grammar, not spelling: Russia/Russian, Minister/Ministers.
  if (len < 5 || a.startsWith(b) || b.startsWith(a)) return false;
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
