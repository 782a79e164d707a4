/**
 * Where the reader is in a comparison: the marked passage, a brief flash after a jump from the
 * summary, and the scrolling that brings both panes there. Scrolling waits for the render
 * that draws the mark, so it runs in a layout effect from a pending request.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Segment, TextRange } from '../../contract';
import { otherSide, passageIn, placeAt, viewportOffset, type PaneSide } from './dom-scroll';
import { segmentAt } from './model/reading-order';
import type { Scrollers } from './use-linked-scroll';

const FLASH_MS = 1800;

export interface Flash {
  A: TextRange | null;
  B: TextRange | null;
  /** Grows with every jump, so the same place flashes again when asked twice. */
  n: number;
}

type Request = { kind: 'follow'; seg: number; from: PaneSide; at: number } | { kind: 'centre'; seg: number } | { kind: 'flash'; seg: number | null };

interface NavInput {
  segments: readonly Segment[];
  order: readonly number[];
  scrollers: Scrollers;
  quiet(side: PaneSide): void;
}

const has = (s: Segment | undefined, side: PaneSide): boolean => ((side === 'A' ? s?.aRanges : s?.bRanges)?.length ?? 0) > 0;

export function useCompareNav({ segments, order, scrollers, quiet }: NavInput) {
  const [active, setActive] = useState<number | null>(null);
  const [flash, setFlash] = useState<Flash | null>(null);
  const [tick, setTick] = useState(0);
  const request = useRef<Request | null>(null);
  const flashCount = useRef(0);

  const ask = (req: Request) => {
    request.current = req;
    setTick((t) => t + 1);
  };

  /** Brings `seg` (or, for a one-sided passage, its nearest neighbour there) level with `at` in `side`'s pane. */
  const alignOther = (seg: number, side: PaneSide, at: number) => {
    const side2 = otherSide(side);
    const pane = scrollers[side2].current;
    const from = scrollers[side].current;
    // Level on screen, not at the same distance from each pane's top: their headers differ in height.
    const level = from && pane ? at + from.getBoundingClientRect().top - pane.getBoundingClientRect().top : at;
    let target = passageIn(pane, seg);
    const k = order.indexOf(seg);
    for (let d = 1; !target && k >= 0 && d < order.length; d++) {
      for (const j of [order[k - d], order[k + d]]) if (!target && j !== undefined && has(segments[j], side2)) target = passageIn(pane, j);
    }
    if (pane && target) {
      quiet(side2);
      placeAt(pane, target, level);
    }
  };

  useLayoutEffect(() => {
    const req = request.current;
    request.current = null;
    if (!req) return;
    if (req.kind === 'follow') return alignOther(req.seg, req.from, req.at);
    const sides: PaneSide[] = req.kind === 'centre' ? [has(segments[req.seg], 'A') ? 'A' : 'B'] : ['A', 'B'];
    let placed: { side: PaneSide; at: number } | null = null;
    for (const side of sides) {
      const pane = scrollers[side].current;
      const el = req.kind === 'centre' ? passageIn(pane, req.seg) : pane?.querySelector('mark.flash');
      if (!pane || !el) continue;
      quiet(side);
      placeAt(pane, el, 'centre');
      placed ??= { side, at: viewportOffset(pane, el) };
    }
    // Only one side moved (a fact found in A alone): the other follows the alignment there.
    const moved = req.kind === 'flash' ? sides.filter((s) => scrollers[s].current?.querySelector('mark.flash')) : sides;
    if (placed && moved.length === 1 && req.seg !== null) alignOther(req.seg, placed.side, placed.at);
    // Runs after each requested render only; the helpers read the latest props through closure.
  }, [tick]);

  useEffect(() => {
    if (!flash) return;
    const t = setTimeout(() => setFlash(null), FLASH_MS);
    return () => clearTimeout(t);
  }, [flash]);

  /** A passage was clicked: mark it and line its counterpart up beside it. */
  const follow = useCallback((seg: number, from: PaneSide, el: Element) => {
    const pane = scrollers[from].current;
    setActive(seg);
    ask({ kind: 'follow', seg, from, at: pane ? viewportOffset(pane, el) : 0 });
  }, [scrollers]);

  /** n / p and the passage counts: mark a passage and centre it. */
  const goTo = useCallback((seg: number) => {
    setActive(seg);
    ask({ kind: 'centre', seg });
  }, []);

  /** A summary item: flash its place on each side it has one, and mark the passage holding it. */
  const jump = useCallback(
    (target: { A?: TextRange | null; B?: TextRange | null }) => {
      const A = target.A ?? null;
      const B = target.B ?? null;
      const seg = A ? segmentAt(segments, 'A', A.start) : B ? segmentAt(segments, 'B', B.start) : null;
      flashCount.current += 1;
      setFlash({ A, B, n: flashCount.current });
      if (seg !== null) setActive(seg);
      ask({ kind: 'flash', seg });
    },
    [segments],
  );

  return { active, flash, follow, goTo, jump };
}
