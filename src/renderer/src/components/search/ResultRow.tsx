import type { SearchHit } from '../../contract';
import { DATE_SOURCE, formatDocDate, visiblePath } from '../../text/format';
import { Highlighted } from '../common/Highlighted';
import { CompareTick, useCompareTick } from '../compare/CompareTick';

interface ResultRowProps {
  hit: SearchHit;
  index: number;
  selected: boolean;
  onSelect(index: number): void;
  onOpen(id: string): void;
  onCompare(id: string): void;
}

export function ResultRow({ hit, index, selected, onSelect, onOpen, onCompare }: ResultRowProps) {
  const title = hit.title || visiblePath(hit.path);
  const tick = useCompareTick(hit.id, title);
  return (
    <article
      id={`result-${index}`}
      className={`result${selected ? ' selected' : ''}${tick.ticked ? ' ticked' : ''}`}
      aria-current={selected ? 'true' : undefined}
      aria-labelledby={`result-title-${index}`}
      onMouseDown={() => onSelect(index)}
      onClickCapture={tick.onClickCapture}
    >
      <h3 className="result-title">
        <button type="button" id={`result-title-${index}`} className="title-button" onClick={() => onOpen(hit.id)}>
          {hit.title || visiblePath(hit.path)}
        </button>
      </h3>
      <div className="result-meta">
        <span className="outlet">{hit.outlet}</span>
        <span aria-hidden="true"> · </span>
        <span className={hit.date ? 'date' : 'date no-date'} title={DATE_SOURCE[hit.dateSource]}>
          {formatDocDate(hit)}
        </span>
        <span aria-hidden="true"> · </span>
        <span className="path" title={visiblePath(hit.path)}>
          {visiblePath(hit.path)}
        </span>
        <span className="row-actions">
          <CompareTick id={hit.id} title={title} />
          <button type="button" className="small" onClick={() => onCompare(hit.id)}>
            Compare with…
          </button>
        </span>
      </div>
      {hit.snippets.map((s, i) => (
        <p key={i} className="snippet">
          {s.clippedStart && '… '}
          <Highlighted text={s.text} ranges={s.highlights} />
          {s.clippedEnd && ' …'}
        </p>
      ))}
    </article>
  );
}
