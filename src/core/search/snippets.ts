import type { TextRange } from '../../shared/document';
import type { Snippet } from '../../shared/search-types';

const WINDOW = 90;

/**
 * Up to `max` keyword-in-context excerpts, preferring the windows with the most hits,
 * shown in reading order. Excerpts stay inside one paragraph and cut at word boundaries.
 */
export function buildSnippets(text: string, hits: TextRange[], max = 3): Snippet[] {
  if (hits.length === 0) return text.trim() ? [excerpt(text, 0, Math.min(text.length, WINDOW * 2), [])] : [];
  const candidates = hits.map((h, i) => {
    let n = 0;
    for (let j = i; j < hits.length && hits[j].start < h.start + WINDOW * 1.5; j++) n++;
    return { i, n };
  });
  candidates.sort((a, b) => b.n - a.n || a.i - b.i);
  const chosen: { start: number; end: number }[] = [];
  for (const c of candidates) {
    if (chosen.length >= max) break;
    const h = hits[c.i];
    const start = Math.max(0, h.start - WINDOW);
    const end = Math.min(text.length, h.end + WINDOW);
    if (chosen.some((w) => start < w.end && end > w.start)) continue;
    chosen.push({ start, end });
  }
  chosen.sort((a, b) => a.start - b.start);
  return chosen.map((w) => excerpt(text, w.start, w.end, hits));
}

function excerpt(text: string, start: number, end: number, hits: TextRange[]): Snippet {
  const paraStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const paraEnd = nl < 0 ? text.length : nl;
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
  return { text: text.slice(s, e), highlights, clippedStart: s > paraStart, clippedEnd: e < paraEnd };
}
