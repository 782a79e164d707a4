/**
 * Scrolling inside one pane only. scrollIntoView would also scroll every ancestor (and the
 * other pane's parent grid), so panes are moved by setting their own scrollTop.
 */
export type PaneSide = 'A' | 'B';

export const otherSide = (side: PaneSide): PaneSide => (side === 'A' ? 'B' : 'A');

/** The element's top in the pane's content (not the viewport). */
export function offsetIn(scroller: HTMLElement, el: Element): number {
  return el.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
}

/** The element's top relative to the pane's visible top. */
export function viewportOffset(scroller: HTMLElement, el: Element): number {
  return el.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
}

/** Puts the element `at` pixels below the pane's visible top, or in the middle when that would hide it. */
export function placeAt(scroller: HTMLElement, el: Element, at: number | 'centre'): void {
  const height = el.getBoundingClientRect().height;
  const room = scroller.clientHeight;
  const fits = typeof at === 'number' && at >= 0 && at + Math.min(height, 48) <= room;
  const target = fits ? at : Math.max(16, (room - Math.min(height, room - 32)) / 2);
  scroller.scrollTop = offsetIn(scroller, el) - target;
}

export const passageIn = (scroller: HTMLElement | null, seg: number): HTMLElement | null =>
  scroller?.querySelector<HTMLElement>(`[data-seg="${seg}"]`) ?? null;
