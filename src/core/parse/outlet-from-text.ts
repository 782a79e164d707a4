import { KNOWN_OUTLETS } from './known-outlets';
import { paragraphsOf } from './paragraphs';

/**
 * The outlet an article names as itself, for files with no metadata and no URL. Explicit
 * signals first (a wire dateline "LONDON (Reuters) –", a closing "© 2024 Outlet"), then
 * known outlets referring to themselves. Mentions that cite another outlet ("according to
 * Reuters") do not count, and one stray mention only counts when no other outlet is named.
 */
export function outletFromText(text: string): string | null {
  const paras = paragraphsOf(text);
  return datelineOutlet(paras.slice(0, 5)) ?? copyrightOutlet(paras.slice(-5)) ?? selfReferencedOutlet(text);
}

const SHORT_NAMES: Record<string, string> = { AP: 'AP News', AFP: 'AFP', PA: 'PA Media', UPI: 'UPI' };
const BY_NAME = new Map<string, string>();
for (const o of KNOWN_OUTLETS) for (const n of [o.name, ...o.selfNames]) BY_NAME.set(n.toLowerCase().replace(/^the /, ''), o.name);

function canonical(name: string): string {
  const t = name.replace(/\s+/g, ' ').trim();
  return SHORT_NAMES[t] ?? BY_NAME.get(t.toLowerCase().replace(/^the /, '')) ?? t;
}

const NAME = "[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’-]*(?: [\\p{L}\\p{N}&.'’/-]+){0,4}";
const DATELINE = new RegExp(`^[\\p{Lu}][\\p{Lu}\\p{M} .'’-]{1,40}(?:,[^()]{1,40})?\\s*\\((${NAME})\\)\\s*[-–—:]`, 'u');
const COPYRIGHT = new RegExp(`^(?:copyright\\s*)?(?:©|\\(c\\))?\\s*(?:\\d{4}\\s+)?(${NAME}?)\\.?(?:,?\\s*\\d{4})?\\.?(?:\\s*all rights reserved\\.?)?$`, 'iu');
const PHOTO_AGENCIES = /getty|shutterstock|alamy|istock|photo|image/i;

function datelineOutlet(paras: string[]): string | null {
  for (const p of paras) {
    const m = DATELINE.exec(p);
    if (m && !/^\d/.test(m[1])) return canonical(m[1]);
  }
  return null;
}

function copyrightOutlet(paras: string[]): string | null {
  for (const p of paras.reverse()) {
    if (!/^(copyright\b|©|\(c\))/i.test(p)) continue;
    const m = COPYRIGHT.exec(p);
    if (m && m[1] && !/^\d+$/.test(m[1]) && !PHOTO_AGENCIES.test(m[1])) return canonical(m[1]);
  }
  return null;
}

const STRONG_BEFORE = /(why you can trust|exclusive to|subscribe to|download the|sign up to)\s+$/i;
const STRONG_AFTER = /^(?:['’]s)?\s+(understands|has (?:learned|learnt|been told|seen|obtained|contacted|approached|asked)|can reveal|revealed|is not responsible)\b/;
// "told Reuters" and "in The Guardian" cite another outlet far more often than the outlet itself.
const CITING_BEFORE = /(according to|reported by|cited by|quoted by|quoting|citing|via|told|in|to|with|for|of|reports?|reported|says?|said|writes|wrote|claims?|claimed)\s+$/i;
const CITING_AFTER = /^(?:['’]s)?,?\s+(?:(?:has|had|have|also)\s+)?(reported|reports|said|says|quoted|cited|citing|reporting|news agency|agency|newspaper|paper|magazine|website|columnist|journalist|correspondent|editor|critic|reviewer|report|poll|survey|interview)\b/;

const PATTERNS = KNOWN_OUTLETS.filter((o) => o.selfNames.length > 0).map((o) => ({
  name: o.name,
  re: new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...o.selfNames].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  ),
}));

function selfReferencedOutlet(text: string): string | null {
  const scores: { name: string; score: number; mentions: number }[] = [];
  for (const { name, re } of PATTERNS) {
    let score = 0;
    let mentions = 0;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      mentions++;
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (STRONG_BEFORE.test(before) || STRONG_AFTER.test(after)) score += 3;
      else if (!CITING_BEFORE.test(before) && !CITING_AFTER.test(after)) score += 1;
    }
    if (mentions) scores.push({ name, score, mentions });
  }
  scores.sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (!best || best.score === 0 || (second && second.score === best.score)) return null;
  if (best.score >= 3 && (!second || best.score >= 2 * second.score)) return best.name;
  return scores.length === 1 ? best.name : null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
