import { getBridge } from '../../api/bridge';
import type { SegmentKind } from '../../contract';
import { useApiQuery } from '../../hooks/use-api-query';
import { useCorpusKey } from '../../hooks/use-status';
import { useUi } from '../../state/ui-context';
import { ErrorNote } from '../common/ErrorNote';
import { ComparePane, KIND_LABELS } from './ComparePane';

const KINDS: SegmentKind[] = ['same', 'reworded', 'moved', 'onlyA', 'onlyB'];

export function CompareView() {
  const { state, dispatch } = useUi();
  const key = useCorpusKey();
  const pair = state.compare;
  const res = useApiQuery(() => (pair ? getBridge().compare(pair) : null), `${pair?.a}|${pair?.b}|${key}`);

  if (!pair) {
    return (
      <div className="empty">
        <h2>Compare two articles</h2>
        <p>Choose “Compare with…” on a search result or in the reader to see what one outlet kept, changed or left out.</p>
      </div>
    );
  }
  const view = res.data && res.data.a.id === pair.a && res.data.b.id === pair.b ? res.data : null;
  const open = (id: string) => dispatch({ type: 'openDoc', id });

  return (
    <div className="compare-view">
      <div className="compare-bar">
        {view && (
          <>
            <strong>{Math.round(view.comparison.similarity * 100)}% similar</strong>
            <ul className="legend" aria-label="Passages">
              {KINDS.map((k) => (
                <li key={k}>
                  <span className={`swatch seg-${k}`} aria-hidden="true" /> {KIND_LABELS[k]} ({view.comparison.counts[k] ?? 0})
                </li>
              ))}
            </ul>
          </>
        )}
        <span className="spacer" />
        <button type="button" onClick={() => dispatch({ type: 'compare', a: pair.b, b: pair.a })}>
          Swap sides
        </button>
      </div>
      <ErrorNote error={res.error} />
      {!view && res.loading && <p className="muted pad">Comparing…</p>}
      {view && (
        <div className="compare-panes">
          <ComparePane side="A" meta={view.a} text={view.aText} segments={view.comparison.segments} onOpen={open} />
          <ComparePane side="B" meta={view.b} text={view.bText} segments={view.comparison.segments} onOpen={open} />
        </div>
      )}
    </div>
  );
}
