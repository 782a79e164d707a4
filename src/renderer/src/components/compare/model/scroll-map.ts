/**
 * Linked scrolling: a place in one pane maps to the other through the aligned passages, as a
 * piecewise-linear function between their tops. Only passages in order on both sides are
 * anchors; one out of order would fold the map back on itself.
 */
export interface Anchor {
  from: number;
  to: number;
}

/** Anchors sorted by `from`, with any that would make `to` go backwards dropped. */
export function monotonic(anchors: readonly Anchor[]): Anchor[] {
  const sorted = anchors.filter((a) => Number.isFinite(a.from) && Number.isFinite(a.to)).sort((x, y) => x.from - y.from);
  const out: Anchor[] = [];
  for (const a of sorted) {
    const last = out[out.length - 1];
    if (!last || (a.from > last.from && a.to >= last.to)) out.push(a);
  }
  return out;
}

export function mapOffset(anchors: readonly Anchor[], y: number): number {
  if (!anchors.length) return y;
  const first = anchors[0];
  if (y <= first.from) return first.to - (first.from - y);
  for (let i = 0; i + 1 < anchors.length; i++) {
    const a = anchors[i];
    const b = anchors[i + 1];
    if (y < b.from) return a.to + ((y - a.from) / (b.from - a.from)) * (b.to - a.to);
  }
  const last = anchors[anchors.length - 1];
  return last.to + (y - last.from);
}
