import type { DocFormat, DocMeta } from '../../shared/document';
import { decodeBytes, looksBinary } from '../text/decode';
import { tokenize } from '../text/tokenize';
import type { ArticleDraft } from './article-draft';
import { dateFromUrl, findOwnDate } from './dates';
import { extensionOf, formatOf } from './doc-format';
import { removeFurniture } from './furniture';
import { draftFromHtml } from './html-draft';
import { outletFromText } from './outlet-from-text';
import { normaliseOutletName, outletFromUrl } from './outlet-from-url';
import type { ParseDeps, ParseResult, SourceFile } from './parsed-document';
import { draftFromMarkdown, draftFromText } from './text-drafts';
import { cleanTitle, titleFromText } from './title';

/**
 * One file to one article: decode, read the format, drop furniture, then fill what the
 * format left open from where the article names itself (title, outlet, date). The file's
 * modification time is kept apart, for sorting by it, and is never the publication date.
 * Never throws for any bytes; a file that holds no article gives { ok: false, reason }.
 */
export function parseDocument(file: SourceFile, deps: ParseDeps): ParseResult {
  const format = formatOf(file.path);
  if (!format) {
    const ext = extensionOf(file.path);
    return { ok: false, reason: ext ? `not an article file (.${ext})` : 'not an article file (no extension)' };
  }
  if (file.bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (looksBinary(file.bytes)) return { ok: false, reason: 'binary file, not text' };

  const { text: original, encoding } = decodeBytes(file.bytes, {
    detect: deps.detectEncoding,
    htmlMetaCharset: format === 'html',
  });
  if (original.trim() === '') return { ok: false, reason: 'only whitespace, no text' };

  let draft: ArticleDraft;
  try {
    draft = readDraft(format, original, deps);
  } catch (e) {
    // The HTML extractor is injected code, and odd input can exhaust something; either way
    // this file's failure is reported, and the scan goes on.
    const what = format === 'html' ? 'the page could not be read' : 'the file could not be parsed';
    return { ok: false, reason: `${what} (${e instanceof Error ? e.message : String(e)})` };
  }
  const text = removeFurniture(draft.body);
  if (text === '') return { ok: false, reason: 'no article text found' };

  return { ok: true, doc: { meta: buildMeta(file, format, encoding, draft, text), text, original } };
}

function readDraft(format: DocFormat, original: string, deps: ParseDeps): ArticleDraft {
  if (format === 'html') return draftFromHtml(deps.extractHtml(original));
  if (format === 'md') return draftFromMarkdown(original);
  return draftFromText(original);
}

function buildMeta(file: SourceFile, format: DocFormat, encoding: string, draft: ArticleDraft, text: string): DocMeta {
  const outlet = resolveOutlet(draft);
  const date = resolveDate(draft);
  return {
    id: file.path,
    path: file.path,
    title: (draft.title && cleanTitle(draft.title, outlet.outlet)) || titleFromText(text) || fileStem(file.path),
    outlet: outlet.outlet ?? 'Unknown',
    outletSource: outlet.source,
    date: date.date,
    dateSource: date.source,
    fileModifiedMs: Number.isFinite(file.mtimeMs) && file.mtimeMs > 0 ? file.mtimeMs : null,
    url: draft.url,
    byline: draft.byline,
    words: tokenize(text).length,
    format,
    encoding,
  };
}

function resolveOutlet(draft: ArticleDraft): { outlet: string | null; source: DocMeta['outletSource'] } {
  if (draft.outlet) return { outlet: normaliseOutletName(draft.outlet), source: 'metadata' };
  const fromUrl = outletFromUrl(draft.url);
  if (fromUrl) return { outlet: fromUrl, source: 'url' };
  // The body before furniture removal: "Why you can trust Sky News" is furniture but also a signature.
  const fromText = outletFromText(draft.body);
  if (fromText) return { outlet: fromText, source: 'signature' };
  return { outlet: null, source: 'none' };
}

/** Metadata, then the article's own header (date line, byline, dateline), then its link; never the file time. */
function resolveDate(draft: ArticleDraft): { date: string | null; source: DocMeta['dateSource'] } {
  if (draft.date) return { date: draft.date, source: 'metadata' };
  // The body before furniture removal: a date line under the headline is furniture but still the date.
  const own = findOwnDate(draft.body);
  if (own) return { date: own, source: 'dateline' };
  const fromUrl = dateFromUrl(draft.url);
  if (fromUrl) return { date: fromUrl, source: 'metadata' };
  if (draft.fallbackDate) return { date: draft.fallbackDate, source: 'metadata' };
  return { date: null, source: 'none' };
}

function fileStem(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
