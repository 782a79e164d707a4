import type { TextRange } from '../../shared/document';
import type { Snippet } from '../../shared/search-types';

const WINDOW = 90;

/**
 * Up to `max` keyword-in-context excerpts, preferring the windows with the most hits,
 * shown in reading order. Excerpts stay inside one paragraph and cut at word boundaries.
 */
export function buildSnippets(text: string, hits: TextRange[], max = 3): Snippet[] {
  if (hits.length === 0) {
    const first = text.search(/\S/);
    return first < 0 ? [] : [excerpt(text, { start: first, end: first }, []).snippet];
  }
  const candidates = hits.map((h, i) => {
    let n = 0;
    for (let j = i; j < hits.length && hits[j].start < h.start + WINDOW * 1.5; j++) n++;
    return { i, n };
  });
  candidates.sort((a, b) => b.n - a.n || a.i - b.i);
  const chosen: Snippet[] = [];
  const spans: TextRange[] = [];
  for (const c of candidates) {
    if (chosen.length >= max) break;
    const h = hits[c.i];
    if (spans.some((w) => h.start < w.end && h.end > w.start)) continue;
    const snip = excerpt(text, h, hits);
    spans.push(snip.span);
    chosen.push(snip.snippet);
  }
  return chosen
    .map((snippet, i) => ({ snippet, at: spans[i].start }))
    .sort((a, b) => a.at - b.at)
    .map((x) => x.snippet);
}

/** The excerpt around one hit, inside that hit's paragraph. */
function excerpt(text: string, hit: TextRange, hits: TextRange[]): { snippet: Snippet; span: TextRange } {
  const paraStart = text.lastIndexOf('\n', hit.start - 1) + 1;
  const nl = text.indexOf('\n', hit.end);
  const paraEnd = nl < 0 ? text.length : nl;
  const start = hit.start - WINDOW;
  const end = hit.end + WINDOW;
  let s = Math.max(start, paraStart);
  let e = Math.min(end, paraEnd);
  // Cut at word boundaries unless the paragraph edge is already there.
  if (s > paraStart) {
    const sp = text.indexOf(' ', s);
    if (sp >= 0 && sp < e) s = sp + 1;
  }
  if (e < paraEnd) {
    const sp = text.lastIndexOf(' ', e);
    if (sp > s) e = sp;
  }
  // Never let a cut swallow part of a hit.
  for (const h of hits) {
    if (h.start < s && h.end > s) s = h.start;
    if (h.start < e && h.end > e) e = h.end;
  }
  const highlights = hits
    .filter((h) => h.start >= s && h.end <= e)
    .map((h) => ({ start: h.start - s, end: h.end - s }));
  return { snippet: { text: text.slice(s, e), highlights, clippedStart: s > paraStart, clippedEnd: e < paraEnd }, span: { start: s, end: e } };
}
