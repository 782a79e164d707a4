/**
 * Why a spelling joined its group, in words: the one renderer of the engine's structured reasons
 * (variant-rules.ts) for every surface (the Variants tab, its tooltips, the CLI), beside
 * describeEvidence, which says what in the folder supports the join.
 */
import type { LetterShift, RomanisationRule, ShiftPair, SpellingReason } from './variant-rules';

const ROMANISATION_PHRASES: Record<RomanisationRule, string> = {
  diacritics: 'accents dropped',
  cyrillic: 'written in Cyrillic',
  'ch/kh (Polish, German)': 'ch or kh (Polish, German)',
  'x/ks': 'x or ks',
  'German umlaut ü/ue': 'ü or ue (German umlaut)',
  'shch/szcz': 'shch or szcz',
  'tsch/tch/cz': 'tsch, tch or cz',
  'sch/sz': 'sch or sz',
  'rz/zh': 'rz or zh',
  'zh/sh/ch': 'zh, sh or ch',
  'ending -ah': 'the ending -ah or -a',
  'kh/h': 'kh or h',
  'gh/dh/th': 'an h after g, d or t',
  'ph/f': 'ph or f',
  'c/k': 'c or k',
  'ts/tz/c': 'ts, tz or c',
  'q/k': 'q or k',
  'w/v': 'w or v',
  'ou/u (French)': 'ou or u (French)',
  'j/y/i': 'j, y or i',
  'Mykola/Nikolai': 'Ukrainian Mykola for Russian Nikolai',
  'initial ye/je': 'ye or je at the start',
  'yo/e': 'yo or e',
  'ie/i (Kiev/Kyiv)': 'ie or i (as in Kiev, Kyiv)',
  'ending -y/-iy/-yy/-yj': 'the ending -y, -iy, -yy or -yj',
  'doubled letters': 'a doubled letter',
  'ending -ei/-ey/-iy/-yy/-yi/-yj': 'the ending -ei, -ey, -iy or -yi',
  'adjective ending -oye/-oe/-aya': 'the adjective ending -oye, -oe or -aya',
  'ending -ia/-ye (Ukrainian/Russian)': 'the ending -ia or -ye (Ukrainian, Russian)',
  'Ukrainian i / Russian o, e': 'Ukrainian i for Russian o or e (as in Kharkiv, Kharkov)',
};

const PAIR_PHRASES: Record<ShiftPair, string> = {
  'g/h (Ukrainian h, Russian g)': 'g or h (Ukrainian h, Russian g)',
  'q/k/g': 'q, k or g',
  's/z': 's or z',
  'ts/z': 'ts or z',
  'ts/s': 'ts or s',
  'ts/ch': 'ts or ch',
  'ch/sh': 'ch or sh',
  'sh/s': 'sh or s',
  'zh/z': 'zh or z',
  'zh/sh': 'zh or sh',
  'shch/sh': 'shch or sh',
  'shch/ch': 'shch or ch',
  'v/f': 'v or f',
};

// The engine writes zh, sh, ch and shch as one capital letter inside its sound strings.
const SOUNDS: Record<string, string> = { Z: 'zh', S: 'sh', C: 'ch', Q: 'shch' };
const sound = (letters: string): string => [...letters].map((ch) => SOUNDS[ch] ?? ch).join('');

/** One letter difference as a phrase. */
export function describeShift(s: LetterShift): string {
  switch (s.kind) {
    case 'pair':
      return PAIR_PHRASES[s.pair];
    case 'vowel':
      return `${s.final ? 'final ' : ''}“${s.a}” or “${s.b}”`;
    case 'letter':
      return `“${sound(s.a)}” or “${sound(s.b)}”`;
    case 'extra':
      if (s.letter === 'h' && !s.vowel) return 'a silent h';
      if (s.vowel && s.where === 'final' && s.letter === 'a') return 'a final -a';
      return `${s.where === 'inside' || (!s.vowel && s.where === 'initial') ? '' : `${s.where} `}“${sound(s.letter)}” added or dropped`;
    case 'swapped':
      return `“${sound(s.a)}” and “${sound(s.b)}” swapped`;
  }
}

/** The engine's name for a letter difference ("vowel shift e/a", "final +s"), for tooltips and the CLI. */
export function shiftName(s: LetterShift): string {
  switch (s.kind) {
    case 'pair':
      return s.pair;
    case 'vowel':
      return `${s.final ? 'final vowel' : 'vowel shift'} ${s.a}/${s.b}`;
    case 'letter':
      return `edit ${s.a}/${s.b}`;
    case 'extra':
      if (s.vowel) return s.where === 'final' ? (s.letter === 'a' ? 'final -a' : `final vowel ${s.letter}`) : s.where === 'initial' ? `initial vowel ${s.letter}` : `vowel ${s.letter}`;
      if (s.letter === 'h') return 'silent h';
      return s.where === 'final' ? `final +${s.letter}` : `edit +${s.letter}`;
    case 'swapped':
      return `swapped letters ${s.a}/${s.b}`;
  }
}

const SENTENCES: Partial<Record<SpellingReason['match'], string>> = {
  anchor: 'The most common spelling: the others were compared with it.',
  user: 'You merged it into this group.',
  'same-group': 'Same name.',
  same: 'Only capitals or accents differ.',
};

/** One word's reason as sentences. */
function describeWord(r: SpellingReason): string {
  const sentence = SENTENCES[r.match];
  if (sentence) return sentence;
  const romanised = r.romanisation.map((x) => ROMANISATION_PHRASES[x]).join('; ');
  const shifts = r.shifts.map(describeShift).join('; ');
  if (r.match === 'romanisation' && !romanised && !shifts) return 'The same sounds, romanised another way.';
  const out: string[] = [];
  if (r.match === 'typo') out.push(shifts ? `Probably a typo: ${shifts}.` : 'Probably a typo.');
  if (romanised) out.push(`${r.match === 'typo' ? 'Also same' : 'Same'} sound, other letters: ${romanised}.`);
  if (shifts && r.match !== 'typo') out.push(`Close in sound: ${shifts}.`);
  return out.join(' ');
}

/**
 * Why a spelling joined its group, in plain words. A full name has a reason per differing word
 * ("Sergay: …"), each said on its own.
 */
export function describeReasons(reasons: readonly SpellingReason[]): string {
  if (reasons.length === 0) return 'No reason recorded.';
  return reasons.map((r) => (r.word === undefined ? describeWord(r) : `${r.word}: ${describeWord(r)}`)).join(' ');
}

const MATCH_NAMES: Partial<Record<SpellingReason['match'], string>> = { anchor: 'anchor', user: 'user merge', 'same-group': 'same group', same: 'case/diacritics' };

/** The reasons by the engine's rule names ("typo: c/k; edit +b"), exact, for tooltips and the CLI. */
export function ruleNames(reasons: readonly SpellingReason[]): string {
  return reasons
    .map((r) => {
      const names = MATCH_NAMES[r.match] ?? ([r.romanisation.join(', '), r.shifts.map(shiftName).join(', ')].filter(Boolean).join('; ') || 'transliteration');
      const word = r.match === 'typo' ? `typo: ${names}` : names;
      return r.word === undefined ? word : `${r.word}: ${word}`;
    })
    .join('; ');
}
