import { useCallback, useMemo, useRef } from 'react';
import type { ComparisonView, SegmentKind, TextRange, VariantMark } from '../../contract';
import { useVariantGroups } from '../../hooks/use-variant-groups';
import { useUi } from '../../state/ui-context';
import { dialogOpen, isTyping } from '../../text/keys';
import { useVariantHighlights } from '../../variants/use-variant-highlights';
import { VariantLegend } from '../variants/VariantLegend';
import { ComparePane } from './ComparePane';
import { CompareSummary } from './CompareSummary';
import type { VariantDrawing } from './PassageText';
import { differenceStops, pairNumbers, readingOrder, stepStop } from './model/reading-order';
import { useCompareNav } from './use-compare-nav';
import { useLinkedScroll, type Scrollers } from './use-linked-scroll';
import { useWindowKeydown } from '../../hooks/use-window-keydown';

/** One range over all of a passage's sentences, or null for a side it does not have. */
const cover = (ranges: readonly TextRange[] | undefined): TextRange | null =>
  ranges?.length ? { start: ranges[0].start, end: ranges[ranges.length - 1].end } : null;

const NO_MARKS: readonly VariantMark[] = [];
const shownMarks = (marks: readonly VariantMark[], hidden: ReadonlySet<string>) => (hidden.size ? marks.filter((m) => !hidden.has(m.groupId)) : marks);

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

  // Name spellings, as in the reader (and off with the reader's when name spellings are off):
  // colours over both sides together, so a name has one colour in A and in B, and one legend.
  const spellings = state.variantsEnabled;
  const shown = useMemo(
    () => [
      { text: view.aText ?? '', marks: spellings ? (view.aMarks ?? NO_MARKS) : NO_MARKS },
      { text: view.bText ?? '', marks: spellings ? (view.bMarks ?? NO_MARKS) : NO_MARKS },
    ],
    [view, spellings],
  );
  const groups = useVariantGroups(shown.some((s) => s.marks.length > 0));
  const highlights = useVariantHighlights(shown, groups);
  const { colours, hidden } = highlights;
  const variants: VariantDrawing = useMemo(() => ({ colours, groups }), [colours, groups]);
  const marksA = useMemo(() => shownMarks(shown[0].marks, hidden), [shown, hidden]);
  const marksB = useMemo(() => shownMarks(shown[1].marks, hidden), [shown, hidden]);

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
  useWindowKeydown(onKey);

  // Stable, so the memoised panes re-render only when what they draw changes.
  const open = useCallback((id: string) => dispatch({ type: 'openDoc', id }), [dispatch]);
  const pane = { segments, variants, numbers, hideSpelling, active, flashN: flash?.n ?? 0, onScroll, onPassage: follow, onOpen: open };
  return (
    <div className="compare-body">
      <CompareSummary comparison={view.comparison} hideSpelling={hideSpelling} onKind={nextOfKind} onJump={jump} />
      <div className="compare-main">
        <VariantLegend entries={highlights.entries} groups={groups} hidden={hidden} onToggle={highlights.toggle} scope="both articles" />
        <div className="compare-panes">
          <ComparePane side="A" meta={view.a} text={shown[0].text} marks={marksA} flash={flash?.A ?? null} scrollerRef={paneA} {...pane} />
          <ComparePane side="B" meta={view.b} text={shown[1].text} marks={marksB} flash={flash?.B ?? null} scrollerRef={paneB} {...pane} />
        </div>
      </div>
    </div>
  );
}
