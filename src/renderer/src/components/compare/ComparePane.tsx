import { memo, useMemo, type MouseEvent, type RefObject } from 'react';
import type { DocMeta, Segment, TextRange, VariantMark } from '../../contract';
import { formatCount, formatDocDate, visiblePath } from '../../text/format';
import type { PaneSide } from './dom-scroll';
import { KIND_HINTS, KIND_LABELS } from './model/labels';
import { buildPaneRuns } from './model/pane-runs';
import { shownKind } from './model/shown-kind';
import { PassageText, type VariantDrawing } from './PassageText';

interface ComparePaneProps {
  side: PaneSide;
  meta: DocMeta;
  text: string;
  segments: readonly Segment[];
  /** This text's name spellings to mark (groups switched off already left out). */
  marks: readonly VariantMark[];
  variants: VariantDrawing;
  numbers: ReadonlyMap<number, number>;
  hideSpelling: boolean;
  flash: TextRange | null;
  flashN: number;
  active: number | null;
  scrollerRef: RefObject<HTMLDivElement | null>;
  onScroll(side: PaneSide): void;
  onPassage(seg: number, side: PaneSide, el: Element): void;
  onOpen(id: string): void;
}

function passageTitle(kind: Segment['kind'], n: number | undefined, side: PaneSide): string {
  const other = side === 'A' ? 'B' : 'A';
  const where = n ? ` Click to show it in ${other}.` : '';
  return `${n ? `Passage ${n}: ` : ''}${KIND_LABELS[kind] ?? kind}. ${KIND_HINTS[kind] ?? ''}.${where}`;
}

/** One article of a pair: its passages coloured by what the other did with them. */
export const ComparePane = memo(function ComparePane(props: ComparePaneProps) {
  const { side, meta, text, segments, marks, variants, numbers, hideSpelling, flash, flashN, active, scrollerRef, onScroll, onPassage, onOpen } = props;
  const runs = useMemo(
    () => buildPaneRuns(text, segments, side, { hideSpelling, flash, variants: marks }),
    [text, segments, side, hideSpelling, flash, marks],
  );

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    // Selecting words to copy them is not a request to jump.
    if (window.getSelection()?.isCollapsed === false) return;
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-seg]');
    if (el) onPassage(Number(el.dataset.seg), side, el);
  };

  return (
    <section className="compare-pane" aria-label={`Article ${side}`}>
      <header className="compare-pane-head">
        <span className={`side-badge side-${side}`} aria-hidden="true">
          {side}
        </span>
        <div className="compare-pane-meta">
          <p className="compare-outlet">
            <strong>{meta.outlet}</strong> · {formatDocDate(meta)} · {formatCount(meta.words, 'word')}
          </p>
          <h2>
            <button type="button" className="title-button" title="Read this article" onClick={() => onOpen(meta.id)}>
              {meta.title || visiblePath(meta.path)}
            </button>
          </h2>
        </div>
      </header>
      <div
        ref={scrollerRef}
        className="article-text compare-text"
        tabIndex={0}
        // A named region: a generic div may not carry a name, and the scroller needs one for the keyboard.
        role="region"
        aria-label={`Text of article ${side}`}
        onScroll={() => onScroll(side)}
        onClick={onClick}
      >
        {runs.map((run) => {
          const seg = run.seg === null ? undefined : segments[run.seg];
          if (!seg || run.seg === null) return <PassageText key={run.start} pieces={run.pieces} side={side} flashN={flashN} variants={variants} />;
          const n = numbers.get(run.seg);
          const isActive = active === run.seg;
          const kind = shownKind(seg.kind, hideSpelling);
          return (
            <span
              key={run.start}
              className={`passage seg-${kind}${isActive ? ' active' : ''}`}
              data-seg={run.seg}
              data-n={run.first && n ? n : undefined}
              data-anchor={run.first && n && seg.kind !== 'moved' ? run.seg : undefined}
              aria-current={isActive ? 'true' : undefined}
              title={passageTitle(kind, n, side)}
            >
              <PassageText pieces={run.pieces} side={side} flashN={flashN} variants={variants} />
            </span>
          );
        })}
      </div>
    </section>
  );
});
