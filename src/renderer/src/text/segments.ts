/**
 * Highlight segments from character ranges. Article text is untrusted, so highlights are never
 * markup spliced into a string: the text is cut into plain segments that the UI wraps in React
 * elements. Ranges come from the backend (or from a stale response), so they are clamped and
 * may overlap; the cut never falls inside a surrogate pair, or an emoji would render as two
 * broken halves.
 */
import type { TextRange } from '../../../shared/document';

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  highlighted: boolean;
}

export interface TaggedRange<T> extends TextRange {
  tag: T;
}

export interface TaggedSegment<T> {
  start: number;
  end: number;
  text: string;
  /** Tags of every range covering this segment, in input order. */
  tags: T[];
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** True when offset `p` would cut a surrogate pair in two. */
function insidePair(text: string, p: number): boolean {
  return p > 0 && p < text.length && isHigh(text.charCodeAt(p - 1)) && isLow(text.charCodeAt(p));
}

/** Clamps a range to the text and widens it to whole code points; null when nothing is left. */
export function clampRange(text: string, range: TextRange): TextRange | null {
  if (!Number.isFinite(range.start) || !Number.isFinite(range.end)) return null;
  const len = text.length;
  let start = Math.min(len, Math.max(0, Math.floor(range.start)));
  let end = Math.min(len, Math.max(0, Math.ceil(range.end)));
  if (end <= start) return null;
  if (insidePair(text, start)) start -= 1;
  if (insidePair(text, end)) end += 1;
  return { start, end };
}

/** Clamped, sorted ranges with overlapping and touching ones merged. */
export function normalizeRanges(text: string, ranges: readonly TextRange[]): TextRange[] {
  const clean = ranges
    .map((r) => clampRange(text, r))
    .filter((r): r is TextRange => r !== null)
    .sort((x, y) => x.start - y.start || x.end - y.end);
  const out: TextRange[] = [];
  for (const r of clean) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Cuts `text` into plain and highlighted segments that re-join to `text` exactly. */
export function buildSegments(text: string, ranges: readonly TextRange[]): TextSegment[] {
  const out: TextSegment[] = [];
  let pos = 0;
  for (const r of normalizeRanges(text, ranges)) {
    if (r.start > pos) out.push({ start: pos, end: r.start, text: text.slice(pos, r.start), highlighted: false });
    out.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end), highlighted: true });
    pos = r.end;
  }
  if (pos < text.length) out.push({ start: pos, end: text.length, text: text.slice(pos), highlighted: false });
  return out;
}

/**
 * Like buildSegments, but keeps ranges apart by tag so layers can overlap (a query hit inside
 * a name-variant mark, the current hit among the others): every segment lists the tags of all
 * ranges that cover it.
 */
export function buildTaggedSegments<T>(text: string, ranges: readonly TaggedRange<T>[]): TaggedSegment<T>[] {
  const clean: TaggedRange<T>[] = [];
  for (const r of ranges) {
    const c = clampRange(text, r);
    if (c) clean.push({ ...c, tag: r.tag });
  }
  const cuts = new Set<number>([0, text.length]);
  for (const r of clean) cuts.add(r.start).add(r.end);
  const bounds = [...cuts].sort((a, b) => a - b);
  const tags: T[][] = bounds.slice(1).map(() => []);
  for (const r of clean) {
    for (let i = lowerBound(bounds, r.start); bounds[i] < r.end; i++) tags[i].push(r.tag);
  }
  const out: TaggedSegment<T>[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i];
    const end = bounds[i + 1];
    const last = out[out.length - 1];
    // Fewer DOM nodes: neighbours with the same covering ranges become one segment.
    if (last && sameTags(last.tags, tags[i])) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else {
      out.push({ start, end, text: text.slice(start, end), tags: tags[i] });
    }
  }
  return out;
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sameTags<T>(a: T[], b: T[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}
