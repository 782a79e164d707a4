import { emptyDraft, type ArticleDraft } from './article-draft';
import { parseDateString } from './dates';
import { pickField, readFrontMatter, type FrontMatterValue } from './front-matter';
import { extractDatePrefix, extractLabels } from './labelled-lines';
import { inlineToText, looksLikeMarkdown, markdownToText } from './markdown-to-text';
import { plainTextToParagraphs } from './paragraphs';

/** A .txt article: labels and a date prefix read as metadata; Markdown-looking exports cleaned as Markdown. */
export function draftFromText(original: string): ArticleDraft {
  const prefix = extractDatePrefix(original);
  const { labels, rest } = extractLabels(prefix.rest);
  const markdown = looksLikeMarkdown(rest);
  const draft = emptyDraft(markdown ? markdownToText(rest) : plainTextToParagraphs(rest));
  return {
    ...draft,
    title: labels.title ?? (markdown ? leadingHeading(rest) : null),
    outlet: labels.outlet,
    url: labels.url,
    date: labels.date ?? prefix.date,
    byline: labels.byline ?? bylineFromText(draft.body),
  };
}

const TITLE_KEYS = ['title', 'headline', 'name'];
const URL_KEYS = ['source', 'url', 'link', 'original_url', 'source_url', 'canonical', 'canonical_url', 'permalink'];
const OUTLET_KEYS = ['site', 'site_name', 'sitename', 'outlet', 'publisher', 'publication', 'newspaper', 'source_name', 'og_site_name'];
const DATE_KEYS = ['published', 'date', 'date_published', 'published_date', 'publish_date', 'pubdate', 'published_at', 'published_time'];
const SAVED_KEYS = ['created', 'clipped', 'saved', 'date_saved', 'date_created', 'added'];
const AUTHOR_KEYS = ['author', 'authors', 'byline', 'by', 'creator', 'creators'];

/** A Markdown article, with or without web-clipper front matter. */
export function draftFromMarkdown(original: string): ArticleDraft {
  const { fields, body } = readFrontMatter(original);
  const { labels, rest } = extractLabels(body);
  const text = markdownToText(rest);
  const source = pickField(fields, URL_KEYS);
  const isUrl = (s: string | null) => !!s && /^(https?:)?\/\//i.test(s);
  const url = isUrl(source) ? source : (firstUrl(fields, URL_KEYS) ?? labels.url);
  // Some clippers put the outlet's name, not a link, in "source".
  const outlet = pickField(fields, OUTLET_KEYS) ?? (source && !isUrl(source) ? source : null) ?? labels.outlet;
  const author = pickField(fields, AUTHOR_KEYS);
  return {
    ...emptyDraft(text),
    title: pickField(fields, TITLE_KEYS) ?? labels.title ?? leadingHeading(rest),
    outlet,
    url,
    date: parseDateString(pickField(fields, DATE_KEYS)) ?? labels.date,
    fallbackDate: parseDateString(pickField(fields, SAVED_KEYS)),
    byline: (author ? inlineToText(author) : null) ?? labels.byline ?? bylineFromText(text),
  };
}

function firstUrl(fields: Record<string, FrontMatterValue> | null, keys: string[]): string | null {
  for (const k of keys) {
    const v = fields?.[k];
    const found = (Array.isArray(v) ? v : [v]).find((x) => typeof x === 'string' && /^https?:\/\//i.test(x));
    if (found) return found;
  }
  return null;
}

/** The first heading, if it comes before any ordinary paragraph: the article's own headline. */
function leadingHeading(markdown: string): string | null {
  for (const line of markdown.split('\n')) {
    const t = line.trim();
    if (!t) continue;
    const h = /^#{1,6}\s+(.+?)(?:\s+#+)?$/.exec(t);
    return h ? inlineToText(h[1]) || null : null;
  }
  return null;
}

const BYLINE = /^By\s+(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|and|de|van|von|al|bin|der|la)){0,5})\s*(?:[,|–—-].*)?$/u;

/** "By Jane Doe, Moscow correspondent" among the first paragraphs. */
export function bylineFromText(text: string): string | null {
  for (const p of text.split(/\n{2,}/).slice(0, 6)) {
    const m = BYLINE.exec(p.trim());
    if (m && p.length <= 120) return m[1];
  }
  return null;
}
