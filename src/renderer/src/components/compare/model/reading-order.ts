/**
 * The engine lists segments in A's order with B's unmatched sentences at the end. Stepping
 * through differences wants one reading order: each B-only sentence goes after the aligned
 * passage it follows in B.
 */
import type { Segment } from '../../../../../shared/compare-types';

const firstStart = (ranges: readonly { start: number }[] | undefined): number => ranges?.[0]?.start ?? Infinity;
const paired = (s: Segment): boolean => (s.aRanges?.length ?? 0) > 0 && (s.bRanges?.length ?? 0) > 0;

export function readingOrder(segments: readonly Segment[]): number[] {
  const withA = segments.map((_, i) => i).filter((i) => (segments[i].aRanges?.length ?? 0) > 0);
  withA.sort((x, y) => firstStart(segments[x].aRanges) - firstStart(segments[y].aRanges) || x - y);
  // Anchors: passages in order on both sides (a moved one would drag B-only text out of place).
  const anchors = withA.filter((i) => paired(segments[i]) && segments[i].kind !== 'moved');
  const after = new Map<number, number[]>();
  const onlyB = segments
    .map((_, i) => i)
    .filter((i) => (segments[i].aRanges?.length ?? 0) === 0)
    .sort((x, y) => firstStart(segments[x].bRanges) - firstStart(segments[y].bRanges) || x - y);
  for (const i of onlyB) {
    const at = firstStart(segments[i].bRanges);
    let anchor = -1;
    for (const j of anchors) if (firstStart(segments[j].bRanges) < at) anchor = j;
    (after.get(anchor) ?? after.set(anchor, []).get(anchor)!).push(i);
  }
  const out = [...(after.get(-1) ?? [])];
  for (const i of withA) out.push(i, ...(after.get(i) ?? []));
  return out;
}

/** Passage numbers for aligned pairs, 1… in A's order: the badge that ties the two sides. */
export function pairNumbers(segments: readonly Segment[]): Map<number, number> {
  const order = segments
    .map((_, i) => i)
    .filter((i) => paired(segments[i]))
    .sort((x, y) => firstStart(segments[x].aRanges) - firstStart(segments[y].aRanges) || x - y);
  return new Map(order.map((i, n) => [i, n + 1]));
}

/** Where n / p stop: everything not the same, and spelling-only changes while they are shown. */
export function differenceStops(segments: readonly Segment[], order: readonly number[], hideSpelling: boolean): number[] {
  return order.filter((i) => {
    const s = segments[i];
    if (s.kind !== 'same' && s.kind !== 'spelling') return true;
    return !hideSpelling && (s.changes ?? []).some((c) => c.op !== 'equal' && c.spellingOnly);
  });
}

/** The next (dir 1) or previous (dir -1) stop from `current`, wrapping at the ends. */
export function stepStop(stops: readonly number[], order: readonly number[], current: number | null, dir: 1 | -1): number | null {
  if (!stops.length) return null;
  const pos = new Map(order.map((i, k) => [i, k]));
  const here = current === null ? (dir === 1 ? -1 : order.length) : (pos.get(current) ?? -1);
  const ahead = stops.filter((i) => (dir === 1 ? pos.get(i)! > here : pos.get(i)! < here));
  if (ahead.length) return dir === 1 ? ahead[0] : ahead[ahead.length - 1];
  return dir === 1 ? stops[0] : stops[stops.length - 1];
}

/** The segment whose passage on `side` holds offset `pos`, or null. */
export function segmentAt(segments: readonly Segment[], side: 'A' | 'B', pos: number): number | null {
  const i = segments.findIndex((s) => ((side === 'A' ? s.aRanges : s.bRanges) ?? []).some((r) => r.start <= pos && pos < r.end));
  return i < 0 ? null : i;
}
