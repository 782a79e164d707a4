import { Fragment, useMemo } from 'react';
import type { DocMeta, Segment, SegmentKind } from '../../contract';
import { buildTaggedSegments, type TaggedRange } from '../../text/segments';
import { formatDate, visiblePath } from '../../text/format';

export const KIND_LABELS: Record<SegmentKind, string> = {
  same: 'Same',
  reworded: 'Reworded',
  moved: 'Moved',
  onlyA: 'Only in A',
  onlyB: 'Only in B',
};

interface ComparePaneProps {
  side: 'A' | 'B';
  meta: DocMeta;
  text: string;
  segments: Segment[];
  onOpen(id: string): void;
}

/** One article of a pair, its passages coloured by what happened to them in the other. */
export function ComparePane({ side, meta, text, segments, onOpen }: ComparePaneProps) {
  const parts = useMemo(() => {
    const ranges: TaggedRange<SegmentKind>[] = [];
    for (const s of segments) for (const r of side === 'A' ? s.aRanges : s.bRanges) ranges.push({ ...r, tag: s.kind });
    return buildTaggedSegments(text, ranges);
  }, [side, text, segments]);

  return (
    <section className="compare-pane" aria-label={`Article ${side}`}>
      <header className="compare-pane-head">
        <span className="side-badge">{side}</span>
        <div>
          <button type="button" className="title-button" onClick={() => onOpen(meta.id)}>
            {meta.title || visiblePath(meta.path)}
          </button>
          <p className="muted small">
            {meta.outlet} · {formatDate(meta.date)} · {meta.words.toLocaleString('en-GB')} words
          </p>
        </div>
      </header>
      <div className="article-text compare-text">
        {parts.map((p) => {
          const kind = p.tags[0];
          return kind ? (
            <span key={p.start} className={`seg seg-${kind}`} title={KIND_LABELS[kind]}>
              {p.text}
            </span>
          ) : (
            <Fragment key={p.start}>{p.text}</Fragment>
          );
        })}
      </div>
    </section>
  );
}
