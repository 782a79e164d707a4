import { KNOWN_OUTLETS } from './known-outlets';
import { paragraphsOf } from './paragraphs';

/**
 * The outlet an article names as its own source, for files with no metadata and no URL: a
 * wire dateline ("LONDON (Reuters) –"), a closing credit or copyright line ("© 2024 Outlet"),
 * or a signature block standing on its own line ("Why you can trust Sky News", "Download the
 * ITV News app", an own video's caption ending "… questions from ITV News"). An outlet the
 * story mentions, however often and in whatever words, is never the article's outlet.
 */
export function outletFromText(text: string): string | null {
  const paras = paragraphsOf(text);
  return datelineOutlet(paras.slice(0, 5)) ?? copyrightOutlet(paras.slice(-5)) ?? signatureOutlet(paras.slice(1));
}

const SHORT_NAMES: Record<string, string> = { AP: 'AP News', AFP: 'AFP', PA: 'PA Media', UPI: 'UPI' };
const BY_NAME = new Map<string, string>();
for (const o of KNOWN_OUTLETS) for (const n of [o.name, ...o.selfNames]) BY_NAME.set(n.toLowerCase().replace(/^the /, ''), o.name);

function canonical(name: string): string {
  const t = name.replace(/\s+/g, ' ').trim();
  return SHORT_NAMES[t] ?? BY_NAME.get(t.toLowerCase().replace(/^the /, '')) ?? t;
}

const NAME = "[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’-]*(?: [\\p{L}\\p{N}&.'’/-]+){0,4}";
const DATELINE = new RegExp(`^(?:[\\p{Lu}][\\p{Lu}\\p{M} .'’-]{1,40}(?:,[^()]{1,40})?\\s*)?\\((${NAME})\\)\\s*[-–—:]`, 'u');
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

const SELF_NAMES = KNOWN_OUTLETS.flatMap((o) => [o.name, ...o.selfNames].map((n) => ({ n, name: o.name })))
  .sort((a, b) => b.n.length - a.n.length);
const ALTERNATION = [...new Set(SELF_NAMES.map((s) => s.n))].map(escapeRegExp).join('|');
// A promo the outlet puts under its own articles.
const PROMO = new RegExp(
  `^(?:why you can trust|download the|get the|follow|subscribe to|sign up (?:to|for)(?: the)?|listen to|watch more (?:from|on)|more from|the latest from)\\s+(?:the\\s+)?(${ALTERNATION})(?:['’]s?)?(?:\\s+(?:app|newsletter|podcast|channel|on \\S+(?: \\S+)?))?\\.?$`,
  'i',
);
// An own video's or promo's caption: a short line, not a sentence, that ends with the outlet ("… questions from ITV News").
const CAPTION_END = new RegExp(`\\s(?:from|to|with|on|tells|told|speaks to|talks to)\\s+(?:the\\s+)?(${ALTERNATION})$`);
const CREDIT_START = /^(?:pic|photo(?:graph)?|picture|image|credit|illustration|video|footage|source)s?\b/i;

/** A line standing on its own, not a sentence of the story, in which the outlet signs the article. */
function signatureOutlet(paras: string[]): string | null {
  for (const p of paras) {
    if (p.length > 120) continue;
    const promo = PROMO.exec(p);
    if (promo) return canonical(promo[1]);
    // A caption is one phrase: no sentence end at its close or inside it ("… League. Mandelson warning to BBC").
    if (/[.!?]["”’]?$/.test(p) || /[.!]["”’]?\s+\p{Lu}/u.test(p) || CREDIT_START.test(p) || p.split(/\s+/).length < 5) continue;
    const caption = CAPTION_END.exec(p);
    if (caption) return canonical(caption[1]);
  }
  return null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
