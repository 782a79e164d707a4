import { isStopWord } from './stop-words';

// Titles are always followed by a name, so a period after them never ends a sentence.
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'st', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt',
  'cmdr', 'sgt', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'mt', 'ft', 'fr', 'sr', 'jr', 'vs', 'v',
  'no', 'nos', 'vol', 'pp', 'p', 'fig', 'approx', 'est', 'dept', 'univ', 'ave', 'blvd', 'rd',
]);

// Month abbreviations end a sentence only when no day number follows ("Feb. 10" versus "in Feb. Then").
const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

// Abbreviations that may close a sentence: treated like initialisms (see below).
const SOMETIMES_FINAL = new Set(['inc', 'ltd', 'co', 'corp', 'plc', 'llc', 'etc', 'bros', 'am', 'pm']);

/**
 * Decides whether a single period after `word` ends the sentence, given the word that follows.
 * `word` is the text before the period back to whitespace (e.g. "U.K", "Mr", "Feb", "W").
 * Initialisms and initials are ambiguous ("the U.S. The next day" versus "the U.S. Senate"):
 * they end a sentence only when the next word is a function word, which proper nouns are not.
 */
export function periodEndsSentence(word: string, nextWord: string): boolean {
  const bare = word.replace(/^[\p{P}\p{S}]+/u, '');
  const lower = bare.toLowerCase();
  if (TITLES.has(lower)) return false;
  if (MONTHS.has(lower)) return !/^\p{N}/u.test(nextWord);
  const initialism = /^(?:\p{L}\.)+\p{L}$/u.test(bare) || /^\p{Lu}$/u.test(bare);
  if (initialism || SOMETIMES_FINAL.has(lower)) {
    if (nextWord === '') return true;
    return isStopWord(nextWord.toLowerCase().replace(/['’]/g, ''));
  }
  return true;
}
