import { collapseSpaces, paragraphsOf } from './paragraphs';

// Headlines run to ~100 characters; beyond this a "title" is a paragraph and must be cut.
const MAX_TITLE = 140;
const CUT_AT = 120;

/** A title for a text with none: its first paragraph, shortened to a headline's length. */
export function titleFromText(text: string): string | null {
  const first = paragraphsOf(text)[0];
  return first ? shortenTitle(first) : null;
}

export function shortenTitle(raw: string): string {
  const s = collapseSpaces(raw);
  if (s.length <= MAX_TITLE) return s;
  // A sentence end, but not the dot of an initial or a title ("Raúl R. Labrador", "Mr. Cantor").
  const sentence = /^.{40,}?(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Jr|Sr|Prof|Rev|No|vs|U\.S|U\.K))[.!?](?=\s)/u.exec(s.slice(0, MAX_TITLE + 1));
  if (sentence) return sentence[0];
  const cut = s.slice(0, CUT_AT + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > CUT_AT / 2 ? cut.slice(0, space) : cut.slice(0, CUT_AT)).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/**
 * A metadata title without the site name pages append ("Headline | The Harbour Post",
 * "Headline - BBC News"), shortened if it is really a paragraph.
 */
export function cleanTitle(raw: string, outlet: string | null): string | null {
  let s = collapseSpaces(raw);
  if (outlet) {
    const suffix = new RegExp(`\\s+[|\\-–—:·•]\\s+${outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
    s = s.replace(suffix, '');
  }
  return s ? shortenTitle(s) : null;
}
