import type { HtmlExtract } from '../../core/parse/parsed-document';
import { estimateNestingDepth, roughHtmlText } from './html-fallback';
import { htmlToParagraphs } from './html-to-paragraphs';
import { readJsonLd } from './json-ld';

type JsdomModule = typeof import('jsdom');
type ReadabilityModule = typeof import('@mozilla/readability');

// Readability's article is sometimes a caption or a teaser; below this we read the whole body.
const MIN_ARTICLE_CHARS = 200;
// Readability's cost grows with nesting depth: a hostile page 1,000 levels deep takes over a
// minute. Real article pages stay well within these; past them the body text is used instead.
const MAX_READABILITY_DEPTH = 150;
const MAX_READABILITY_ELEMENTS = 30_000;
// jsdom itself slows with depth (2,000 levels ≈ 1 s, 5,000 overflow the stack on close).
const MAX_DOM_DEPTH = 1_000;

const PUBLISHED_KEYS = ['article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date'];

/**
 * An HTML extractor for parseDocument: jsdom + Readability, plus the page's own metadata
 * (Open Graph, article:*, canonical link, JSON-LD). Scripts never run (jsdom's default, and
 * no resources are fetched). jsdom is loaded on first use so text-only folders never pay
 * its start-up cost.
 */
export function createHtmlExtractor(): (html: string, baseUrl?: string) => HtmlExtract {
  let libs: { jsdom: JsdomModule; readability: ReadabilityModule } | null = null;
  return (html, baseUrl) => {
    // Pages saved as one file inline their images as data: URIs, megabytes that Readability
    // rescans (17 s for a 5 MB image); they carry no text, so they go before parsing.
    html = html.replace(/data:[^"'()\s<>]{2048,}/g, 'data:,');
    if (estimateNestingDepth(html) > MAX_DOM_DEPTH) return roughExtract(html);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    libs ??= { jsdom: require('jsdom') as JsdomModule, readability: require('@mozilla/readability') as ReadabilityModule };
    const dom = new libs.jsdom.JSDOM(html, { url: httpUrl(baseUrl), contentType: 'text/html' });
    try {
      return extract(dom.window.document, libs.readability);
    } finally {
      try {
        dom.window.close();
      } catch {
        // Closing walks the tree recursively; a failure here must not lose the extract.
      }
    }
  };
}

function roughExtract(html: string): HtmlExtract {
  const title = /<title\b[^>]*>([^<]*)<\/title>/i.exec(html)?.[1].trim() || null;
  return { title, text: roughHtmlText(html), byline: null, siteName: null, publishedTime: null, canonicalUrl: null, lang: null, jsonLd: null };
}

function extract(doc: Document, readability: ReadabilityModule): HtmlExtract {
  const meta = readMeta(doc);
  const jsonLd = readJsonLd([...doc.querySelectorAll('script')].filter((s) => /ld\+json/i.test(s.type)).map((s) => s.textContent ?? ''));
  const canonicalLink = [...doc.querySelectorAll('link[rel]')].find((l) => /(^|\s)canonical(\s|$)/i.test(l.getAttribute('rel') ?? ''));
  const canonical = canonicalLink?.getAttribute('href') ?? meta.get('og:url') ?? null;

  let article: ReturnType<import('@mozilla/readability').Readability<string>['parse']> = null;
  try {
    if (withinLimits(doc)) article = new readability.Readability<string>(doc.cloneNode(true) as Document, { maxElemsToParse: MAX_READABILITY_ELEMENTS }).parse();
  } catch {
    // Readability gives up on some odd pages; the body text below still serves.
  }
  let text = '';
  if (article?.content) {
    const box = doc.createElement('div');
    box.innerHTML = article.content;
    text = htmlToParagraphs(box);
  }
  if (text.length < MIN_ARTICLE_CHARS && doc.body) {
    const body = htmlToParagraphs(doc.body);
    if (body.length > text.length) text = body;
  }

  return {
    title: meta.get('og:title') || article?.title?.trim() || doc.title.trim() || null,
    text,
    byline: article?.byline?.trim() || meta.get('author') || null,
    siteName: meta.get('og:site_name') ?? meta.get('application-name') ?? article?.siteName ?? null,
    publishedTime: PUBLISHED_KEYS.map((k) => meta.get(k)).find(Boolean) ?? timeElement(doc) ?? article?.publishedTime ?? null,
    canonicalUrl: canonical ? absolute(canonical, doc.URL) : null,
    lang: doc.documentElement.getAttribute('lang')?.trim() || null,
    jsonLd,
  };
}

/** Depth and element count within what Readability handles in reasonable time; iterative. */
function withinLimits(doc: Document): boolean {
  if (doc.getElementsByTagName('*').length > MAX_READABILITY_ELEMENTS) return false;
  const stack: [Element, number][] = doc.documentElement ? [[doc.documentElement, 1]] : [];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > MAX_READABILITY_DEPTH) return false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return true;
}

/** <meta> values keyed by lower-case property, name or itemprop; the first of each wins. */
function readMeta(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of doc.querySelectorAll('meta')) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop'))?.trim().toLowerCase();
    const value = m.getAttribute('content')?.trim();
    if (key && value && !out.has(key)) out.set(key, value);
  }
  return out;
}

function timeElement(doc: Document): string | null {
  const t = doc.querySelector('time[itemprop="datePublished"], time[pubdate], article time[datetime]');
  return t?.getAttribute('datetime')?.trim() || null;
}

function httpUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

function absolute(href: string, base: string): string | null {
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
