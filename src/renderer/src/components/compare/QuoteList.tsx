import type { QuoteReport } from '../../../../shared/compare-types';
import type { TextRange } from '../../contract';
import type { PaneSide } from './dom-scroll';
import { quoteFateLabel } from './model/labels';
import { ownQuotes } from './model/quotes';
import { WordDiff } from './WordDiff';

interface QuoteListProps {
  quotes: readonly QuoteReport[];
  side: PaneSide;
  hideSpelling: boolean;
  onJump(target: { A?: TextRange | null; B?: TextRange | null }): void;
}

export function QuoteList({ quotes, side, hideSpelling, onJump }: QuoteListProps) {
  const other = side === 'A' ? 'B' : 'A';
  const { list, echoes } = ownQuotes(quotes, side);
  if (!list.length && !echoes) return <p className="muted small">No quotations in {side}.</p>;
  return (
    <>
      <ul className="quote-list">
        {list.map((q) => (
          <li key={`${q.range.start}:${q.range.end}`} className={`quote quote-${q.otherSide}`}>
            <button type="button" className="summary-item" onClick={() => onJump({ [side]: q.range, [other]: q.otherRange })}>
              <q className="quote-text">{q.text}</q>
              <span className="quote-line">
                <span className="speaker">{q.speaker ?? 'speaker not named'}</span>
                <span className={`fate fate-${q.otherSide}`}>
                  {quoteFateLabel(q.otherSide)} {other}
                </span>
              </span>
            </button>
            {q.otherSide === 'reworded' && q.changes.length > 0 && (
              <p className="quote-diff">
                <span className="muted">{other}: </span>
                <WordDiff changes={q.changes} hideSpelling={hideSpelling} />
              </p>
            )}
          </li>
        ))}
      </ul>
      {echoes > 0 && (
        <p className="muted small">
          {echoes === 1 ? 'One more quotation' : `${echoes} more quotations`} in {side}, also in {other}: listed under {other}.
        </p>
      )}
    </>
  );
}
