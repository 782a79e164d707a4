import type { JsonLdArticle } from '../../core/parse/parsed-document';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const ARTICLE_TYPES = ['NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'Article', 'BlogPosting', 'LiveBlogPosting', 'Report'];
// Structured data is small; a megabyte of it is a page trying something.
const MAX_SCRIPT_CHARS = 1_000_000;

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The article described by a page's JSON-LD blocks (schema.org NewsArticle and kin), or null.
 * Publishers given by reference ({"@id": …}) are resolved within the page's graph.
 */
export function readJsonLd(scriptTexts: string[]): JsonLdArticle | null {
  const nodes: JsonObject[] = [];
  for (const raw of scriptTexts) {
    if (raw.length > MAX_SCRIPT_CHARS) continue;
    try {
      collect(JSON.parse(raw.replace(/^\s*(<!--|<!\[CDATA\[)|(-->|\]\]>)\s*$/g, '')) as Json, nodes, 0);
    } catch {
      // Malformed JSON-LD is common; the page's other metadata still counts.
    }
  }
  const rank = (n: JsonObject) => {
    const types = ([] as Json[]).concat(n['@type'] ?? []).map(String);
    const i = Math.min(...types.map((t) => ARTICLE_TYPES.indexOf(t)).filter((x) => x >= 0));
    return Number.isFinite(i) ? i : -1;
  };
  const article = nodes.filter((n) => rank(n) >= 0).sort((a, b) => rank(a) - rank(b))[0];
  if (!article) return null;
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  const resolve = (v: Json | undefined) => (isObject(v) && typeof v['@id'] === 'string' && !v.name ? byId.get(v['@id']) ?? v : v);
  return {
    headline: str(article.headline) ?? str(article.name),
    datePublished: str(article.datePublished) ?? str(article.dateCreated),
    author: names(article.author, resolve),
    publisher: names(article.publisher, resolve) ?? names(article.sourceOrganization, resolve),
  };
}

function collect(v: Json, out: JsonObject[], depth: number): void {
  if (depth > 8) return;
  if (Array.isArray(v)) for (const x of v) collect(x, out, depth + 1);
  else if (isObject(v)) {
    out.push(v);
    if (v['@graph']) collect(v['@graph'], out, depth + 1);
    if (isObject(v.mainEntity)) collect(v.mainEntity, out, depth + 1);
  }
}

function str(v: Json | undefined): string | null {
  if (Array.isArray(v)) return str(v[0]);
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function names(v: Json | undefined, resolve: (v: Json | undefined) => Json | undefined): string | null {
  const list = (Array.isArray(v) ? v : [v]).map(resolve).map((x) => (isObject(x) ? str(x.name) : str(x))).filter((x): x is string => !!x);
  return list.length ? [...new Set(list)].join(', ') : null;
}
