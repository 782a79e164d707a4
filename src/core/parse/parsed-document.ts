import type { DocMeta } from '../../shared/document';

/** One article after parsing: what the index, the reader and the comparison view work from. */
export interface ParsedDocument {
  meta: DocMeta;
  /** Clean article text: furniture and markup removed, paragraphs separated by a blank line. */
  text: string;
  /** The decoded file exactly as it was, for "show original". */
  original: string;
}

/** The bytes of one file and when it last changed, as read from disk by the caller. */
export interface SourceFile {
  /** Relative to the opened folder, forward slashes: becomes the document id. */
  path: string;
  bytes: Uint8Array;
  mtimeMs: number;
}

/** Structured data from a page's JSON-LD NewsArticle (or Article, BlogPosting…). */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
}

/** What an HTML page says about itself, extracted outside core (jsdom + Readability in Node). */
export interface HtmlExtract {
  title: string | null;
  /** Main article text, paragraphs separated by a blank line; the whole body when no article was found. */
  text: string;
  byline: string | null;
  /** og:site_name or equivalent. */
  siteName: string | null;
  /** article:published_time or equivalent, as written in the page. */
  publishedTime: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  jsonLd: JsonLdArticle | null;
}

export interface ParseDeps {
  extractHtml: (html: string, baseUrl?: string) => HtmlExtract;
  detectEncoding?: (bytes: Uint8Array) => string | null;
}

export type ParseResult = { ok: true; doc: ParsedDocument } | { ok: false; reason: string };
