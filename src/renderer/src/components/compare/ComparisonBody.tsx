import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ComparisonView, SegmentKind, TextRange } from '../../contract';
import { useUi } from '../../state/ui-context';
import { dialogOpen, isTyping } from '../../text/keys';
import { ComparePane } from './ComparePane';
import { CompareSummary } from './CompareSummary';
import { differenceStops, pairNumbers, readingOrder, stepStop } from './model/reading-order';
import { useCompareNav } from './use-compare-nav';
import { useLinkedScroll, type Scrollers } from './use-linked-scroll';

/** One range over all of a passage's sentences, or null for a side it does not have. */
const cover = (ranges: readonly TextRange[] | undefined): TextRange | null =>
  ranges?.length ? { start: ranges[0].start, end: ranges[ranges.length - 1].end } : null;

/** Summary and the two panes of one loaded comparison; keyed by the pair, so state starts fresh. */
export function ComparisonBody({ view }: { view: ComparisonView }) {
  const { state, dispatch } = useUi();
  const { hideSpelling, linkScroll } = state.compareOptions;
  const segments = useMemo(() => view.comparison.segments ?? [], [view]);
  const order = useMemo(() => readingOrder(segments), [segments]);
  const numbers = useMemo(() => pairNumbers(segments), [segments]);
  const stops = useMemo(() => differenceStops(segments, order, hideSpelling), [segments, order, hideSpelling]);
  const paneA = useRef<HTMLDivElement>(null);
  const paneB = useRef<HTMLDivElement>(null);
  const scrollers: Scrollers = useMemo(() => ({ A: paneA, B: paneB }), []);
  const { onScroll, quiet } = useLinkedScroll(scrollers, linkScroll);
  const { active, flash, follow, goTo, jump } = useCompareNav({ segments, order, scrollers, quiet });

  // A count in the summary: the next passage of that kind, flashed on each side it has.
  const nextOfKind = (kind: SegmentKind) => {
    const next = stepStop(order.filter((i) => segments[i].kind === kind), order, active, 1);
    if (next !== null) jump({ A: cover(segments[next].aRanges), B: cover(segments[next].bRanges) });
  };

  // Window keys, as in the reader: n / p work wherever focus is, except while typing.
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target) || dialogOpen()) return;
    const key = e.key.toLowerCase();
    if (key !== 'n' && key !== 'p') return;
    e.preventDefault();
    const next = stepStop(stops, order, active, key === 'n' ? 1 : -1);
    if (next !== null) goTo(next);
  };
  const keyHandler = useRef(onKey);
  keyHandler.current = onKey;
  useEffect(() => {
    const listener = (e: KeyboardEvent) => keyHandler.current(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  // Stable, so the memoised panes re-render only when what they draw changes.
  const open = useCallback((id: string) => dispatch({ type: 'openDoc', id }), [dispatch]);
  const pane = { segments, numbers, hideSpelling, active, flashN: flash?.n ?? 0, onScroll, onPassage: follow, onOpen: open };
  return (
    <div className="compare-body">
      <CompareSummary comparison={view.comparison} hideSpelling={hideSpelling} onKind={nextOfKind} onJump={jump} />
      <div className="compare-panes">
        <ComparePane side="A" meta={view.a} text={view.aText ?? ''} flash={flash?.A ?? null} scrollerRef={paneA} {...pane} />
        <ComparePane side="B" meta={view.b} text={view.bText ?? ''} flash={flash?.B ?? null} scrollerRef={paneB} {...pane} />
      </div>
    </div>
  );
}
