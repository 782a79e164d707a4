import { emptyDraft, type ArticleDraft } from './article-draft';
import { parseDateString } from './dates';
import type { HtmlExtract } from './parsed-document';
import { plainTextToParagraphs } from './paragraphs';
import { cleanTitle } from './title';

const clean = (s: string | null | undefined) => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

/** A saved web page, from what the HTML extractor found: page metadata before JSON-LD, both before text. */
export function draftFromHtml(extract: HtmlExtract): ArticleDraft {
  const ld = extract.jsonLd;
  const byline = clean(extract.byline) ?? clean(ld?.author);
  const outlet = clean(extract.siteName) ?? clean(ld?.publisher);
  const rawTitle = clean(extract.title) ?? clean(ld?.headline);
  const title = rawTitle ? cleanTitle(rawTitle, outlet) : null;
  let body = plainTextToParagraphs(extract.text);
  // Readability drops the headline from the article; text and Markdown files keep theirs,
  // so put it back for every format to read (and search) alike.
  if (title && !body.toLowerCase().startsWith(title.toLowerCase())) body = body ? `${title}\n\n${body}` : body;
  return {
    ...emptyDraft(body),
    title,
    outlet,
    url: clean(extract.canonicalUrl),
    date: parseDateString(extract.publishedTime) ?? parseDateString(ld?.datePublished),
    byline: byline ? byline.replace(/^by\s+/i, '') : null,
  };
}
