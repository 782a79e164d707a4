import lunr from 'lunr';
import { isAsciiWord } from '../text/normalize';

/** Indexed fields and their boosts: a word in the title says more about an article than one in the body. */
export const FIELDS = ['title', 'body', 'outlet'] as const;
export type Field = (typeof FIELDS)[number];
export const FIELD_BOOSTS: Record<Field, number> = { title: 4, body: 1, outlet: 2 };

const memo = new Map<string, string | null>();
const MEMO_LIMIT = 500_000;

/**
 * The index form of a folded word: English stop words give null, ASCII words are stemmed
 * with lunr's stemmer, other scripts are kept whole (the stemmer only knows English).
 * Memoised: vocabulary is Zipfian, so most calls are hits.
 */
export function indexTerm(norm: string): string | null {
  const cached = memo.get(norm);
  if (cached !== undefined) return cached;
  let out: string | null = norm;
  if (!norm) out = null;
  else if (!lunr.stopWordFilter(new lunr.Token(norm, {}))) out = null;
  else if (isAsciiWord(norm) && /^[a-z]/.test(norm)) out = lunr.stemmer(new lunr.Token(norm, {})).toString();
  if (memo.size > MEMO_LIMIT) memo.clear();
  memo.set(norm, out);
  return out;
}

/** Stemmed form even for stop words: used where a common word must still be matched (phrases). */
export function isStopWord(norm: string): boolean {
  return indexTerm(norm) === null && norm.length > 0;
}
