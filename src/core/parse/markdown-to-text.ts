import { decodeEntities } from './html-entities';
import { collapseSpaces, joinParagraphs, normaliseNewlines } from './paragraphs';

/** Markdown to clean text: syntax dropped, words kept, one paragraph per block, heading or list item. */
export function markdownToText(markdown: string): string {
  const paragraphs: string[] = [];
  let cur: string[] = [];
  let fence: string | null = null;
  const flush = () => {
    if (cur.length) paragraphs.push(inlineToText(cur.join(' ')));
    cur = [];
  };

  for (const raw of normaliseNewlines(markdown).split('\n')) {
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      else if (raw.trim()) paragraphs.push(collapseSpaces(raw));
      continue;
    }
    if (fenceMark) {
      flush();
      fence = fenceMark;
      continue;
    }
    const line = raw.replace(/^\s{0,3}(?:>\s?)+/, '');
    const t = line.trim();
    if (!t) {
      flush();
      continue;
    }
    const heading = /^#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(t);
    if (heading && /^#{1,6}(\s|$)/.test(t)) {
      flush();
      if (heading[1]) paragraphs.push(inlineToText(heading[1]));
      continue;
    }
    // A setext underline turns the lines above it into a heading: they are already a paragraph.
    if (/^(=+|-+)$/.test(t) && cur.length) {
      flush();
      continue;
    }
    if (/^([-*_])(\s*\1){2,}$/.test(t)) {
      flush();
      continue;
    }
    if (/^\[[^\]^]+\]:\s*\S+/.test(t)) continue;
    if (/^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/.test(t) && t.includes('-')) continue;
    if (/^\|.*\|$/.test(t)) {
      flush();
      paragraphs.push(inlineToText(t.slice(1, -1).split('|').map((c) => c.trim()).join(' ')));
      continue;
    }
    const item = /^(?:[-*+]|\d{1,3}[.)])\s+(.*)$/.exec(t);
    if (item) {
      flush();
      cur.push(item[1]);
      continue;
    }
    cur.push(t);
  }
  flush();
  return joinParagraphs(paragraphs);
}

// Private-use stand-ins keep escaped characters from being read as syntax. Every pattern below
// is bounded: unbounded scans over a line of a million "[" would make cleaning quadratic.
const MAX_INLINE_CHARS = 20_000;
const ESCAPABLE = /\\([\\`*_{}[\]()#+\-.!>|~<])/g;
const stash = (c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0));
const unstash = (s: string) => s.replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));

/** Inline Markdown to plain words: links keep their text, images and markup go. */
export function inlineToText(s: string): string {
  // No real paragraph is this long; for a hostile one, plain words beat a slow clean-up.
  if (s.length > MAX_INLINE_CHARS) return collapseSpaces(s);
  let t = s.replace(ESCAPABLE, (_, c: string) => stash(c));
  t = t.replace(/`{1,3}([^`]{0,1000})`{1,3}/g, (_, code: string) => code.replace(/[*_[\]()<>~\\]/g, stash));
  t = t.replace(/!\[[^\]]{0,500}\]\([^)]{0,2000}\)/g, '').replace(/!\[[^\]]{0,500}\]\[[^\]]{0,100}\]/g, '');
  t = t.replace(/\[\[([^\]|]{1,300})\|([^\]]{1,300})\]\]/g, '$2').replace(/\[\[([^\]]{1,300})\]\]/g, '$1');
  t = t.replace(/\[\^[^\]]{1,100}\]/g, '');
  t = t.replace(/\[([^\]]{0,500})\]\((?:[^()\s]|\([^)]{0,500}\)){0,2000}(?:\s+(?:"[^"]{0,300}"|'[^']{0,300}'))?\)/g, '$1');
  t = t.replace(/\[([^\]]{1,500})\]\[[^\]]{0,100}\]/g, '$1');
  t = t.replace(/<((?:https?|ftp):\/\/[^>\s]{1,2000})>/gi, '$1').replace(/<([^@<>\s]{1,100}@[^@<>\s]{1,100}\.[^@<>\s]{1,50})>/g, '$1');
  t = t.replace(/<\/?[A-Za-z][^<>]{0,1000}>/g, '');
  t = t.replace(/(\*\*|__)(?=\S)([\s\S]{0,500}?\S)\1/g, '$2');
  t = t.replace(/(^|[^\w*])\*(?=\S)([^*]{0,500}?\S)\*(?!\w)/g, '$1$2');
  t = t.replace(/(^|[^\w])_(?=\S)([^_]{0,500}?\S)_(?!\w)/g, '$1$2');
  t = t.replace(/~~(?=\S)([\s\S]{0,500}?\S)~~/g, '$1');
  return collapseSpaces(decodeEntities(unstash(t)));
}

/** True when plain text is evidently Markdown (a saved page exported as .txt): then we clean it as such. */
export function looksLikeMarkdown(text: string): boolean {
  const headings = (text.match(/^#{1,6}\s+\S/gm) ?? []).length;
  const links = (text.match(/\[[^\]\n]+\]\([^)\s]*\)/g) ?? []).length;
  const bold = (text.match(/\*\*[^*\n]+\*\*/g) ?? []).length;
  return headings > 0 || links >= 2 || (links >= 1 && bold >= 1);
}
