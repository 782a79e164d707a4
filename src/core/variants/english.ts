/**
 * What English itself spells: a Hunspell dictionary (the `dictionary-en` package, SCOWL-based,
 * read by the Node side and handed in as text) answers two questions the variant engine asks.
 * - Is a word an English common word (princes, park, bush)? Then a capitalised use is not enough
 *   to call it a name that only opens sentences, and a form-only join is never made.
 * - Does English use the word as a name (Sydney, Sidney, Neil, Kelly)? Then two such names one
 *   letter apart are two names until the folder shows otherwise.
 * Only suffix rules are read (plural, -ed, -ing, -er, -ly...): stripping one suffix and checking
 * the stem's flags is all a look-up needs, so nothing is expanded up front.
 */
import { foldTerm } from '../text/normalize';

interface Suffix {
  strip: string;
  add: string;
  condition: RegExp;
}

export interface EnglishLexicon {
  /** A lower-case English word, in any inflection the dictionary's suffix rules allow. */
  isCommonWord(norm: string): boolean;
  /** A name English uses as a name (capitalised in the dictionary): Sydney, Neil, Kiev. */
  isProperName(norm: string): boolean;
}

export const NO_ENGLISH: EnglishLexicon = { isCommonWord: () => false, isProperName: () => false };

function parseSuffixes(aff: string): Map<string, Suffix[]> {
  const out = new Map<string, Suffix[]>();
  for (const line of aff.split('\n')) {
    const m = /^SFX\s+(\S)\s+(\S+)\s+(\S+)\s+(\S+)/.exec(line);
    if (!m || /^[YN]$/.test(m[2])) continue;
    const [, flag, strip, add, cond] = m;
    const list = out.get(flag) ?? [];
    list.push({ strip: strip === '0' ? '' : strip, add: add === '0' ? '' : add.split('/')[0], condition: new RegExp(`${cond}$`) });
    out.set(flag, list);
  }
  return out;
}

/** Builds the look-ups from the dictionary's two files, as text. */
export function englishLexicon(aff: string, dic: string): EnglishLexicon {
  const suffixes = parseSuffixes(aff);
  const common = new Map<string, string>();
  const proper = new Map<string, string>();
  const lines = dic.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const slash = line.indexOf('/');
    const word = slash < 0 ? line : line.slice(0, slash);
    const flags = slash < 0 ? '' : line.slice(slash + 1);
    const first = word.charCodeAt(0);
    const target = first >= 65 && first <= 90 ? proper : common;
    const key = foldTerm(word);
    target.set(key, (target.get(key) ?? '') + flags);
  }
  const lookup = (table: Map<string, string>, norm: string): boolean => {
    if (table.has(norm)) return true;
    for (const [flag, rules] of suffixes) {
      for (const r of rules) {
        if (!r.add || !norm.endsWith(r.add)) continue;
        const stem = norm.slice(0, norm.length - r.add.length) + r.strip;
        const flags = table.get(stem);
        if (flags !== undefined && flags.includes(flag) && r.condition.test(stem)) return true;
      }
    }
    return false;
  };
  return { isCommonWord: (norm) => lookup(common, norm), isProperName: (norm) => lookup(proper, norm) };
}
