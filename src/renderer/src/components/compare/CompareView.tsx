import { getBridge } from '../../api/bridge';
import { useApiQuery } from '../../hooks/use-api-query';
import { useCorpusKey } from '../../hooks/use-status';
import { useUi } from '../../state/ui-context';
import { ErrorNote } from '../common/ErrorNote';
import { ComparisonBody } from './ComparisonBody';
import { DrawErrorBoundary } from './DrawErrorBoundary';
import { CompareToolbar } from './CompareToolbar';

export function CompareView() {
  const { state } = useUi();
  const key = useCorpusKey();
  const pair = state.compare;
  const res = useApiQuery(() => (pair ? getBridge().compare(pair) : null), `${pair?.a}|${pair?.b}|${key}`);

  if (!pair) {
    return (
      <div className="empty">
        <h2>Compare two articles</h2>
        <p>
          Choose “Compare with…” on a search result or in the reader, tick two results and press <kbd>C</kbd>, or pick a pair in
          Stories, to see what one outlet kept, changed or left out.
        </p>
      </div>
    );
  }
  // While the next pair loads, the previous one must not show under the new request.
  const view = res.data && res.data.a.id === pair.a && res.data.b.id === pair.b ? res.data : null;

  return (
    <div className="compare-view">
      <CompareToolbar pair={pair} view={view} />
      <ErrorNote error={res.error} />
      {!view && res.loading && <p className="muted pad">Comparing…</p>}
      {view && (
        <DrawErrorBoundary key={`${view.a.id}|${view.b.id}`} what="this comparison">
          <ComparisonBody view={view} />
        </DrawErrorBoundary>
      )}
    </div>
  );
}
