/**
 * Why a spelling joined its group, in plain words. The engine's reasons are rule names
 * ("ending -ei/-ey/-iy/-yy/-yi/-yj, j/y/i; vowel a (shares the context "lavrov")"): exact, but
 * written for its tests. A fact-checker needs the sentence; the rule names stay in a tooltip.
 */

// Reasons that are a whole sentence on their own.
const SENTENCES: Record<string, string> = {
  anchor: 'The most common spelling: the others were compared with it.',
  'user merge': 'You merged it into this group.',
  'same group': 'Same name.',
  'case/diacritics': 'Only capitals or accents differ.',
  transliteration: 'The same sounds, romanised another way.',
};

// Rule names whose letters alone would not say enough.
const PHRASES: Record<string, string> = {
  diacritics: 'accents dropped',
  cyrillic: 'written in Cyrillic',
  'doubled letters': 'a doubled letter',
  'ending -y/-iy/-yy/-yj': 'the ending -y, -iy, -yy or -yj',
  'ending -ei/-ey/-iy/-yy/-yi/-yj': 'the ending -ei, -ey, -iy or -yi',
  'ending -ah': 'the ending -ah or -a',
  'gh/dh/th': 'an h after g, d or t',
  'initial ye/je': 'ye or je at the start',
  'ie/i (Kiev/Kyiv)': 'ie or i (as in Kiev, Kyiv)',
  'Ukrainian i / Russian o+e': 'Ukrainian i for Russian o or e (as in Kharkiv, Kharkov)',
  'Mykola/Nikolai': 'Ukrainian Mykola for Russian Nikolai',
  'silent h': 'a silent h',
  'final -a': 'a final -a',
};

// The transliteration rules (core/variants/translit.ts); anything else in a reason is a letter shift.
const ROMANISATION = new Set([
  'x/ks', 'shch/szcz', 'tsch/tch/cz', 'sch/sz', 'rz/zh', 'zh/sh/ch', 'ending -ah', 'kh/h', 'gh/dh/th', 'ph/f', 'c/k',
  'ts/tz/c', 'q/k', 'w/v', 'ou/u (French)', 'j/y/i', 'Mykola/Nikolai', 'initial ye/je', 'yo/e', 'ie/i (Kiev/Kyiv)',
  'doubled letters', 'ending -y/-iy/-yy/-yj', 'ending -ei/-ey/-iy/-yy/-yi/-yj', 'adjective ending -oye/-oe/-aya', 'ending -ia/-ye (Ukrainian/Russian)',
  'Ukrainian i / Russian o+e', 'diacritics', 'cyrillic', 'transliteration', 'case/diacritics',
]);

// The engine writes zh, sh, ch and shch as one capital letter inside its sound strings.
const SOUNDS: Record<string, string> = { Z: 'zh', S: 'sh', C: 'ch', Q: 'shch' };
const sound = (ch: string): string => SOUNDS[ch] ?? ch;

/** "c/k" → "c or k"; "zh/sh/ch" → "zh, sh or ch"; a note in brackets is kept. */
function alternatives(rule: string): string {
  const m = /^([^\s(]+)(\s*\(.*\))?$/.exec(rule);
  if (!m || !m[1].includes('/')) return rule;
  const parts = m[1].split('/');
  return `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}${m[2] ?? ''}`;
}

/** One rule or letter difference as a phrase. */
export function explainRule(rule: string): string {
  const r = rule.trim();
  if (PHRASES[r]) return PHRASES[r];
  let m = /^(vowel shift|final vowel|edit) (\S)\/(\S)$/.exec(r);
  if (m) return `${m[1] === 'final vowel' ? 'final ' : ''}“${sound(m[2])}” or “${sound(m[3])}”`;
  if ((m = /^(final vowel|initial vowel|vowel|edit|final) \+?(\S)$/.exec(r))) {
    const where = m[1].startsWith('final') ? 'final ' : m[1].startsWith('initial') ? 'initial ' : '';
    return `${where}“${sound(m[2])}” added or dropped`;
  }
  if (/^adjective ending|^ending /.test(r)) return `the ${r.replace(/\//g, ', ')}`;
  return alternatives(r);
}

/** A comma-separated list of rules; one rule name holds a comma of its own. */
const items = (part: string): string[] =>
  part
    .replace('Russian o, e', 'Russian o+e')
    .split(/,\s*/)
    .map((x) => x.trim())
    .filter(Boolean);

const list = (part: string): string => items(part).map(explainRule).join('; ');

const capital = (w: string): string => w.charAt(0).toLocaleUpperCase() + w.slice(1);

/** One word's reason ("typo: c/k; edit +b (rare, shares the context "darren")") as sentences. */
function explainWord(reason: string, anchor: string): string {
  if (SENTENCES[reason]) return SENTENCES[reason];
  let rest = reason.trim();
  let context = '';
  const ctx = /\s*\((rare, )?shares the context "([^"]*)"\)$/.exec(rest);
  if (ctx) {
    rest = rest.slice(0, ctx.index);
    context = `${ctx[1] ? 'Rare, and seen' : 'Seen'} next to “${capital(ctx[2])}”, as ${anchor} is.`;
  }
  const typo = rest.startsWith('typo: ');
  if (typo) rest = rest.slice('typo: '.length);
  // "translit rules; letter shifts": either half may be missing.
  const [first, second] = rest.includes(';') ? rest.split(/;\s*/, 2) : [rest, ''];
  const shiftsOnly = !second && !items(first).every((x) => ROMANISATION.has(x));
  const romanised = shiftsOnly ? '' : first;
  const shifts = shiftsOnly ? first : second;
  const out: string[] = [];
  if (typo) out.push(shifts ? `Probably a typo: ${list(shifts)}.` : 'Probably a typo.');
  if (romanised) out.push(`${typo ? 'Also same' : 'Same'} sound, other letters: ${list(romanised)}.`);
  if (shifts && !typo) out.push(`Close in sound: ${list(shifts)}.`);
  if (context) out.push(context);
  return out.join(' ') || capital(reason);
}

/**
 * The engine's reason in plain words. `anchor` is the group's main spelling. Full names give
 * a reason per differing word ("Sergay: …; Lavrov: …"), each explained on its own.
 */
export function explainReason(reason: string, anchor = 'the main spelling'): string {
  const trimmed = reason.trim();
  if (!trimmed) return 'No reason recorded.';
  if (SENTENCES[trimmed]) return SENTENCES[trimmed];
  // A full name's reason: "Word: word reason" parts, joined by "; " (word reasons hold "; " too).
  const parts = trimmed.split(/;\s*(?=[^\s:;]+: )/);
  if (parts.length && parts.every((p) => /^[^\s:;]+: /.test(p) && !p.startsWith('typo: '))) {
    return parts
      .map((p) => {
        const i = p.indexOf(': ');
        return `${p.slice(0, i)}: ${explainWord(p.slice(i + 2), 'the main spelling')}`;
      })
      .join(' ');
  }
  return explainWord(trimmed, anchor);
}
