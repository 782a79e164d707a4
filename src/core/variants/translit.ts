/**
 * Transliteration folding: rewrites a word into a rough phoneme string so that English, German,
 * French and Polish romanisations of one Slavic or Arabic name meet. Each rewrite is named, so a
 * group can say *why* two spellings joined (Zelenskyy/Selenskyj: "j/y → i", "w/v"...).
 *
 * Phoneme alphabet: lower-case Latin letters plus upper-case placeholders for sounds that are
 * spelled with several letters: C = ch/cz/tsch (ч), S = sh/sz/sch (ш), Z = zh/rz/ż (ж),
 * Q = shch/szcz (щ); c alone is ts/tz/German z-like (ц).
 */
import { foldTerm } from '../text/normalize';
import type { RomanisationRule } from '../../shared/variant-rules';

export interface Folded {
  form: string;
  /** Names of the rules that changed this word (the shared list in shared/variant-rules.ts). */
  rules: RomanisationRule[];
}

type Rule = [name: RomanisationRule, pattern: RegExp, replacement: string, minLength?: number];

// Letters whose diacritic carries a sound (Polish, Czech) must become digraphs before foldTerm strips them.
// Serbo-Croatian đ is written dj and ć plain c in English (Đoković / Djokovic); German ä, ö, ü are written ae,
// oe, ue where the letters are missing (Müller / Mueller), folded back below.
const SOUNDING_DIACRITICS: Record<string, string> = { š: 'sh', č: 'ch', ž: 'zh', ż: 'zh', ć: 'c', ř: 'rz', ź: 'z', ś: 's', đ: 'dj', ä: 'ae', ö: 'oe', ü: 'ue' };

// Ukrainian/Russian/Belarusian Cyrillic, so a Cyrillic spelling meets its romanisations.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ё: 'io', ж: 'Z', з: 'z', и: 'i', і: 'i',
  ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u',
  ф: 'f', х: 'h', ц: 'c', ч: 'C', ш: 'S', щ: 'Q', ъ: '', ы: 'i', ь: '', э: 'e', ю: 'iu', я: 'ia',
};

// Order matters: longer spellings of a sound before their parts (tsch before sch before ch).
const RULES: Rule[] = [
  // In Polish and German spelling ch is the kh sound (Charkiw, Chmielnik); a word shows it is
  // spelled that way by its w, cz, sz, rz or ie. Not inside sch/tsch, which are other sounds.
  ['ch/kh (Polish, German)', /(?<!s)ch(?=.*(?:w|cz|sz|rz|ie))|(?<=(?:w|cz|sz|rz|ie).*)(?<!s)ch/g, 'kh'],
  ['x/ks', /x/g, 'ks'],
  // German ae, oe, ue for ä, ö, ü between consonants (Buergenstock, Mueller); Slavic -ae- (Nikolaevka)
  // folds the same way, as Nikolayevka does through y.
  ['German umlaut ü/ue', /(?<=[^aeiou])([aou])e(?=[^aeiouy])/g, '$1', 6],
  ['shch/szcz', /schtsch|szcz|shch|chtch/g, 'Q'],
  ['tsch/tch/cz', /tsch|tch|cz/g, 'C'],
  ['sch/sz', /sch|sz/g, 'S'],
  ['rz/zh', /rz(?=[aeiouy])/g, 'Z'],
  ['zh/sh/ch', /zh|sh|ch/g, '$&'],
  ['ending -ah', /ah$/g, 'a'],
  ['kh/h', /kh/g, 'h'],
  ['gh/dh/th', /([gdt])h/g, '$1'],
  ['ph/f', /ph/g, 'f'],
  ['c/k', /ck|c(?![eiyh])/g, 'k'],
  ['ts/tz/c', /t[sz]/g, 'c'],
  ['q/k', /q/g, 'k'],
  // Not a final -ew: English Andrew, Matthew are vowels there.
  ['w/v', /w(?!$)|(?<!e)w/g, 'v'],
  ['ou/u (French)', /ou/g, 'u'],
  ['j/y/i', /[jy]/g, 'i'],
  ['Mykola/Nikolai', /^mik(?=ol|it)/g, 'nik'],
  ['initial ye/je', /^ie/g, 'e'],
  ['yo/e', /(?<=[^aeiou])io(?=[^aeiou])/g, 'e', 5],
  // Not the English -ies of Davies, Hughes-like surnames: Davis and Davies are two names.
  ['ie/i (Kiev/Kyiv)', /ie(?=.)(?!s$)/g, 'i'],
  // Not ee/oo/uu: in English they are other vowels (Cameron/Cameroon, Grove/Groove).
  // Named apart from doubled letters: it is the Slavic ending, not a double consonant.
  ['ending -y/-iy/-yy/-yj', /ii$/g, 'i'],
  ['doubled letters', /([^eou])\1+/g, '$1'],
  ['ending -ei/-ey/-iy/-yy/-yi/-yj', /ei$/g, 'i'],
  ['adjective ending -oye/-oe/-aya', /(?<=.{4})(?:oi?e|eie)$/g, 'e'],
  ['adjective ending -oye/-oe/-aya', /(?<=.{4})aia$/g, 'a'],
  ['ending -ia/-ye (Ukrainian/Russian)', /(?<=[^k])ie$/g, 'ia', 7],
  // Ukrainian i where Russian has o/e in a closed syllable: Kharkiv/Kharkov, Lviv/Lvov, Ivanivka/Ivanovka.
  ['Ukrainian i / Russian o, e', /(?<=[^aeiou])[ie]v(?=$|k[aio]?$|sk|c)/g, 'ov'],
];

const DIGRAPH: Record<string, string> = { zh: 'Z', sh: 'S', ch: 'C' };

/** Folds one word (any case, diacritics, Latin or Cyrillic) into its phoneme string. */
export function foldTranslit(word: string): Folded {
  const rules: RomanisationRule[] = [];
  let s = word.normalize('NFC').toLowerCase();
  const pre = s.replace(/[šžżćřźśčđäöü]/g, (c) => SOUNDING_DIACRITICS[c] ?? c);
  if (pre !== foldTerm(s)) rules.push('diacritics');
  s = foldTerm(pre);
  if (/[\u0400-\u04ff]/.test(s)) {
    s = s.replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? c);
    rules.push('cyrillic');
  }
  s = s.replace(/[^a-zA-Z\u0080-\uffff]/g, '');
  for (const [name, re, rep, minLength] of RULES) {
    if (minLength && s.length < minLength) continue;
    const next = rep === '$&' ? s.replace(re, (m) => DIGRAPH[m] ?? m) : s.replace(re, rep);
    if (next !== s) {
      if (!rules.includes(name)) rules.push(name);
      s = next;
    }
  }
  return { form: s, rules };
}

/** Phoneme-string vowels. 'i' doubles as the glide (y, j, й). */
export function isVowel(ch: string): boolean {
  return ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u';
}
