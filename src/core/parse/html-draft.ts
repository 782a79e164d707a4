import { emptyDraft, type ArticleDraft } from './article-draft';
import { parseDateString } from './dates';
import type { HtmlExtract } from './parsed-document';
import { plainTextToParagraphs } from './paragraphs';

const clean = (s: string | null | undefined) => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

/** A saved web page, from what the HTML extractor found: page metadata before JSON-LD, both before text. */
export function draftFromHtml(extract: HtmlExtract): ArticleDraft {
  const ld = extract.jsonLd;
  const byline = clean(extract.byline) ?? clean(ld?.author);
  return {
    ...emptyDraft(plainTextToParagraphs(extract.text)),
    title: clean(extract.title) ?? clean(ld?.headline),
    outlet: clean(extract.siteName) ?? clean(ld?.publisher),
    url: clean(extract.canonicalUrl),
    date: parseDateString(extract.publishedTime) ?? parseDateString(ld?.datePublished),
    byline: byline ? byline.replace(/^by\s+/i, '') : null,
  };
}
