/**
 * The engine's spelling rules, by the names it gives them: one list shared by the engine
 * (core/variants/translit.ts and distance.ts are typed against it) and by the one function that
 * renders them to words (variant-reasons.ts), so no surface keeps its own copy of the names.
 */

/** Romanisation rules: the same sounds written with other letters (core/variants/translit.ts). */
export const ROMANISATION_RULES = [
  'diacritics',
  'cyrillic',
  'ch/kh (Polish, German)',
  'x/ks',
  'German umlaut ü/ue',
  'shch/szcz',
  'tsch/tch/cz',
  'sch/sz',
  'rz/zh',
  'zh/sh/ch',
  'ending -ah',
  'kh/h',
  'gh/dh/th',
  'ph/f',
  'c/k',
  'ts/tz/c',
  'q/k',
  'w/v',
  'ou/u (French)',
  'j/y/i',
  'Mykola/Nikolai',
  'initial ye/je',
  'yo/e',
  'ie/i (Kiev/Kyiv)',
  'ending -y/-iy/-yy/-yj',
  'doubled letters',
  'ending -ei/-ey/-iy/-yy/-yi/-yj',
  'adjective ending -oye/-oe/-aya',
  'ending -ia/-ye (Ukrainian/Russian)',
  'Ukrainian i / Russian o, e',
] as const;
export type RomanisationRule = (typeof ROMANISATION_RULES)[number];

/** Consonants that romanisations of one name alternate, close in sound (core/variants/distance.ts). */
export const SHIFT_PAIRS = [
  'g/h (Ukrainian h, Russian g)',
  'q/k/g',
  's/z',
  'ts/z',
  'ts/s',
  'ts/ch',
  'ch/sh',
  'sh/s',
  'zh/z',
  'zh/sh',
  'shch/sh',
  'shch/ch',
  'v/f',
] as const;
export type ShiftPair = (typeof SHIFT_PAIRS)[number];

/**
 * One letter difference left once the romanisation rules are applied, as the engine's aligner
 * names it. Letters are the engine's sound letters: Z, S, C and Q stand for zh, sh, ch and shch.
 */
export type LetterShift =
  /** Consonants romanisations alternate (s/z, g/h…). */
  | { kind: 'pair'; pair: ShiftPair }
  /** One vowel for another ("vowel shift e/a"; at the end, "final vowel o/a"). */
  | { kind: 'vowel'; a: string; b: string; final: boolean }
  /** One consonant for another, not explained by any rule ("edit m/n"). */
  | { kind: 'letter'; a: string; b: string }
  /** A letter one spelling has and the other has not ("vowel a", "final +s", "edit +b", "silent h"…). */
  | { kind: 'extra'; letter: string; vowel: boolean; where: 'initial' | 'inside' | 'final' }
  /** Two neighbouring letters in the other order ("swapped letters ls/sl"). */
  | { kind: 'swapped'; a: string; b: string };

/** How a spelling came to join its group. */
export type SpellingMatch =
  /** The most common spelling: the others were compared with it. */
  | 'anchor'
  /** Only capitals or accents differ. */
  | 'same'
  /** The same sounds after romanisation rules alone. */
  | 'romanisation'
  /** Close in sound: letter shifts on top of any rules. */
  | 'variant'
  /** One slip from the other spelling, accepted on the folder's evidence. */
  | 'typo'
  /** The user merged it. */
  | 'user'
  /** Inside a full name: this word is in the same word group as the main spelling's. */
  | 'same-group';

/** Why a spelling (or, for a full name, one of its words) joined: structured, rendered by describeReasons. */
export interface SpellingReason {
  /** For a full name, the word as written that differs from the main spelling's. */
  word?: string;
  match: SpellingMatch;
  /** The romanisation rules that explain the difference. */
  romanisation: RomanisationRule[];
  /** The letter differences left on top of them. */
  shifts: LetterShift[];
}

export const reasonOfMatch = (match: SpellingMatch): SpellingReason => ({ match, romanisation: [], shifts: [] });
