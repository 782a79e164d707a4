import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import { useSearchResults } from '../../hooks/use-search';
import { useUi } from '../../state/ui-context';
import { ResultRow } from './ResultRow';
import { useWindowKeydown } from '../../hooks/use-window-keydown';

/** Start fetching the next page this many rows before the end, so scrolling rarely waits. */
const PREFETCH_ROWS = 10;

/**
 * Row heights measured before the list last unmounted (the reader covered it), with the
 * request they belong to. Layout, not UI state: without it the rows above the saved offset
 * fall back to estimates and the list comes back a little off its place.
 */
let measured: { request: unknown; items: VirtualItem[] } | null = null;

/**
 * The results, virtualised: only the rows on screen are in the DOM, so 100,000 results
 * scroll as smoothly as ten. Every result stays reachable: pages load as the end comes near.
 */
export function ResultsList() {
  const { hits, hasMore, loadMore, loading, request, head } = useSearchResults();
  const { state, dispatch } = useUi();
  const scroller = useRef<HTMLDivElement>(null);
  // Tracked on scroll, because by the time an unmount cleanup runs the element may be gone.
  const offset = useRef(state.resultsScroll);

  const virtualizer = useVirtualizer({
    count: hits.length + (hasMore ? 1 : 0),
    getScrollElement: () => scroller.current,
    estimateSize: () => 128,
    overscan: 6,
    initialOffset: state.resultsScroll,
    initialMeasurementsCache: measured?.request === request ? measured.items : undefined,
    getItemKey: (i) => (i < hits.length ? `${i}:${hits[i].id}` : 'more'),
  });
  const items = virtualizer.getVirtualItems();
  const virtualizerRef = useRef(virtualizer);
  virtualizerRef.current = virtualizer;
  const requestRef = useRef(request);
  requestRef.current = request;
  const lastIndex = items.length ? items[items.length - 1].index : -1;

  useEffect(() => {
    if (hasMore && lastIndex >= hits.length - PREFETCH_ROWS) loadMore();
  }, [lastIndex, hits.length, hasMore, loadMore]);

  useEffect(() => {
    // Back from the reader (focus was in it, now gone), the keyboard carries on where it was.
    if (state.focusResults > 0 && document.activeElement === document.body) scroller.current?.focus({ preventScroll: true });
    return () => {
      measured = { request: requestRef.current, items: virtualizerRef.current.takeSnapshot() };
      dispatch({ type: 'saveResultsScroll', offset: offset.current });
    };
    // Mount and unmount only (dispatch is stable): this restores and saves the place.
  }, [dispatch]);

  // A new result set starts at its top; the first run is the mount, which restores instead.
  const shownRequest = useRef(request);
  useEffect(() => {
    if (shownRequest.current === request) return;
    shownRequest.current = request;
    offset.current = 0;
    virtualizer.scrollToOffset(0);
  }, [request, virtualizer]);

  const selected = Math.min(state.selected, Math.max(0, hits.length - 1));
  const select = useCallback((index: number) => dispatch({ type: 'select', index }), [dispatch]);
  const open = useCallback((id: string) => dispatch({ type: 'openDoc', id }), [dispatch]);
  const compare = useCallback((id: string) => dispatch({ type: 'pickCounterpart', id }), [dispatch]);

  const move = (index: number) => {
    const next = Math.max(0, Math.min(hits.length - 1, index));
    select(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    scroller.current?.focus({ preventScroll: true });
  };

  // A window listener, not onKeyDown: arrows must work from the page itself (after closing
  // the reader, on first load) and from the search box, not only with focus in the list.
  const onKey = (e: globalThis.KeyboardEvent) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || !hits.length) return;
    if (document.querySelector('dialog[open]')) return;
    const target = e.target as HTMLElement;
    const inList = target === scroller.current;
    const free = inList || target === document.body;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const fromSearch = target.id === 'search-input' && e.key === 'ArrowDown';
      if (!free && !fromSearch && !scroller.current?.contains(target)) return;
      e.preventDefault();
      // From the box, land on the selected row first rather than skip past it.
      move(fromSearch || target === document.body ? selected : selected + (e.key === 'ArrowDown' ? 1 : -1));
    } else if ((e.key === 'Home' || e.key === 'End') && inList) {
      e.preventDefault();
      move(e.key === 'Home' ? 0 : hits.length - 1);
    } else if (e.key === 'Enter' && free) {
      e.preventDefault();
      open(hits[selected].id);
    }
  };
  useWindowKeydown(onKey);

  return (
    <div
      id="results-list"
      ref={scroller}
      className="results-scroll"
      tabIndex={0}
      role="list"
      aria-label="Result list"
      onScroll={(e) => {
        offset.current = e.currentTarget.scrollTop;
      }}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((v) => (
          <div
            key={v.key}
            role="listitem"
            aria-setsize={head?.total ?? hits.length}
            aria-posinset={v.index + 1}
            data-index={v.index}
            ref={virtualizer.measureElement}
            className="result-slot"
            style={{ transform: `translateY(${v.start}px)` }}
          >
            {v.index < hits.length ? (
              <ResultRow
                hit={hits[v.index]}
                index={v.index}
                selected={v.index === selected}
                onSelect={select}
                onOpen={open}
                onCompare={compare}
              />
            ) : (
              <p className="muted loading-row">{loading ? 'Loading more results…' : ''}</p>
            )}
          </div>
        ))}
      </div>
    </div>
  );
}
