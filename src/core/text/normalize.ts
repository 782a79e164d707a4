/**
 * Term normalisation shared by indexing, querying, highlighting, comparison and variants.
 * Folding is deliberately mild: case, diacritics, ligatures and apostrophes. Anything
 * stronger (transliteration, spelling variants) belongs to the variants engine, where the
 * user can see and undo it.
 */
const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’ʼ‘`´]/g;

const SPECIAL_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ð: 'd',
};
const SPECIAL_RE = /[ßæœøđłıþð]/g;

/** Lower-case, strip diacritics and apostrophes: "Zelenskyy’s" keeps its "s" here; see stripPossessive. */
export function foldTerm(word: string): string {
  let s = word.normalize('NFKC').toLowerCase();
  s = s.normalize('NFD').replace(COMBINING_MARKS, '');
  s = s.replace(SPECIAL_RE, (c) => SPECIAL_FOLDS[c] ?? c);
  return s.replace(APOSTROPHES, '').normalize('NFC');
}

/** Remove an English possessive: Zelenskyy's → Zelenskyy, Truss’s → Truss, Jones' → Jones. */
export function stripPossessive(word: string): string {
  return word.replace(/['’](?:s|S)?$/u, '');
}

/** True when the word has at least one letter outside ASCII: such words skip the English stemmer. */
export function isAsciiWord(word: string): boolean {
  return /^[\x00-\x7f]*$/.test(word);
}
