/**
 * "Link scrolling": the pane the reader scrolls drives the other along the alignment. Scrolls
 * made by the program (a jump, the other pane following) are kept quiet for a moment, or the
 * two panes would chase each other.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { offsetIn, otherSide, type PaneSide } from './dom-scroll';
import { mapOffset, monotonic, type Anchor } from './model/scroll-map';

const QUIET_MS = 250;
/** The reading line: a third down the pane, where the eye is, rather than the top edge. */
const LINE = 0.3;

export type Scrollers = Record<PaneSide, RefObject<HTMLDivElement | null>>;

function anchors(from: HTMLElement, to: HTMLElement): Anchor[] {
  const out: Anchor[] = [{ from: 0, to: 0 }];
  for (const el of from.querySelectorAll<HTMLElement>('[data-anchor]')) {
    const there = to.querySelector(`[data-anchor="${el.dataset.anchor}"]`);
    if (there) out.push({ from: offsetIn(from, el), to: offsetIn(to, there) });
  }
  out.push({ from: from.scrollHeight, to: to.scrollHeight });
  return monotonic(out);
}

export function useLinkedScroll(scrollers: Scrollers, enabled: boolean) {
  const quietUntil = useRef<Record<PaneSide, number>>({ A: 0, B: 0 });
  const frame = useRef(0);
  const enabledRef = useRef(enabled);
  enabledRef.current = enabled;

  const quiet = useCallback((side: PaneSide) => {
    quietUntil.current[side] = performance.now() + QUIET_MS;
  }, []);

  const follow = useCallback(
    (side: PaneSide) => {
      const from = scrollers[side].current;
      const to = scrollers[otherSide(side)].current;
      if (!from || !to) return;
      const maxFrom = from.scrollHeight - from.clientHeight;
      let top: number;
      // The ends map to the ends, whatever the passages say, so both can be read to the last line.
      if (from.scrollTop <= 0) top = 0;
      else if (from.scrollTop >= maxFrom - 1) top = to.scrollHeight;
      else {
        // The same line on screen in both panes, though their headers (long titles) differ in height.
        const line = from.clientHeight * LINE;
        const there = line + from.getBoundingClientRect().top - to.getBoundingClientRect().top;
        top = mapOffset(anchors(from, to), from.scrollTop + line) - there;
      }
      quiet(otherSide(side));
      to.scrollTop = top;
    },
    [scrollers, quiet],
  );

  const onScroll = useCallback(
    (side: PaneSide) => {
      if (!enabledRef.current || performance.now() < quietUntil.current[side]) return;
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => follow(side));
    },
    [follow],
  );

  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  return { onScroll, quiet };
}
