import { SIMILARITY_DEFINITION, SPELLING_MARK_LABEL } from '../../../../shared/compare-labels';
import type { Comparison } from '../../../../shared/compare-types';
import type { SegmentKind, TextRange } from '../../contract';
import { FactList } from './FactList';
import { KIND_HINTS, KIND_LABELS, KINDS, percent } from './model/labels';
import { QuoteList } from './QuoteList';

interface CompareSummaryProps {
  comparison: Comparison;
  hideSpelling: boolean;
  onKind(kind: SegmentKind): void;
  onJump(target: { A?: TextRange | null; B?: TextRange | null }): void;
}

/** The comparison at a glance; every line leads to its place in the texts. */
export function CompareSummary({ comparison: c, hideSpelling, onKind, onJump }: CompareSummaryProps) {
  const similarity = percent(c.similarity);
  // Older payloads lack the count: the segments still say it.
  const spellingCount = c.spellingChanges ?? (c.segments ?? []).reduce((n, s) => n + (s.changes ?? []).filter((x) => x.op !== 'equal' && x.spellingOnly).length, 0);
  return (
    <aside className="compare-summary" aria-label="Summary">
      <section className="similarity" aria-label="Similarity">
        <p title={SIMILARITY_DEFINITION}>
          <strong className="similarity-value">{similarity}</strong> similar
        </p>
        <div className="similarity-bar" aria-hidden="true">
          <span style={{ width: similarity }} />
        </div>
        <p className="muted small similarity-definition">{SIMILARITY_DEFINITION}</p>
      </section>
      <section aria-label="Passages">
        <h3>Passages</h3>
        <ul className="kind-list">
          {KINDS.map((k) => {
            const count = c.counts?.[k] ?? 0;
            return (
              <li key={k}>
                <button type="button" className="summary-item kind-item" disabled={count === 0} title={`${KIND_HINTS[k]}. Click for the next one.`} onClick={() => onKind(k)}>
                  <span className={`swatch seg-${k}`} aria-hidden="true" />
                  <span className="kind-label">{KIND_LABELS[k]}</span>
                  <span className="kind-count" title={`${count} passages, ${c.sentences?.[k] ?? count} sentences`}>
                    {count}
                    {c.sentences && c.sentences[k] !== count ? <span className="muted small"> ({c.sentences[k]} sent.)</span> : null}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-label="Word marks">
        <h3>Word marks</h3>
        <ul className="mark-legend">
          <li>
            <del className="diff diff-del">words</del> only in A
          </li>
          <li>
            <ins className="diff diff-ins">words</ins> only in B
          </li>
          <li>
            <span className="diff diff-rep">words</span> replaced
          </li>
          <li className="spelling-legend" aria-label="Spelling-only changes">
            <span className="diff diff-spell">words</span> {SPELLING_MARK_LABEL}:{' '}
            <strong className="spelling-count">{spellingCount}</strong> {spellingCount === 1 ? 'change' : 'changes'}
            {hideSpelling ? <span className="muted"> (hidden: shown as the same text)</span> : null}
          </li>
        </ul>
      </section>
      <section aria-label="Quotations">
        <h3>Quotations</h3>
        <h4>In A</h4>
        <QuoteList quotes={c.quotes ?? []} side="A" hideSpelling={hideSpelling} onJump={onJump} />
        <h4>In B</h4>
        <QuoteList quotes={c.quotes ?? []} side="B" hideSpelling={hideSpelling} onJump={onJump} />
      </section>
      <section aria-label="Only in A">
        <h3>Only in A</h3>
        <FactList facts={c.onlyA} side="A" onJump={onJump} />
      </section>
      <section aria-label="Only in B">
        <h3>Only in B</h3>
        <FactList facts={c.onlyB} side="B" onJump={onJump} />
      </section>
    </aside>
  );
}
