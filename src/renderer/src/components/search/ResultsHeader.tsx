import type { SortOrder } from '../../contract';
import { useSearchResults } from '../../hooks/use-search';
import { useUi } from '../../state/ui-context';
import { formatCount } from '../../text/format';
import { ExportButton } from './ExportButton';
import { Expansions } from './Expansions';

const SORTS: { value: SortOrder; label: string }[] = [
  { value: 'relevance', label: 'Relevance' },
  { value: 'date-desc', label: 'Newest first' },
  { value: 'date-asc', label: 'Oldest first' },
  // The one order by the file's time, only when asked for: it is not when the article was published.
  { value: 'file-modified', label: 'File modified' },
];

export function ResultsHeader() {
  const { state, dispatch } = useUi();
  const { head, request, loading, stale } = useSearchResults();
  return (
    <div className="results-header">
      <div className="results-bar">
        <p className="results-count" aria-live="polite">
          {head ? (
            <>
              <strong>{formatCount(head.total, 'result')}</strong>
              <span className="muted"> in {Math.round(head.elapsedMs)} ms</span>
            </>
          ) : loading ? (
            'Searching…'
          ) : (
            ''
          )}
        </p>
        <label className="sort">
          Sort
          <select value={state.sort} onChange={(e) => dispatch({ type: 'setSort', sort: e.target.value as SortOrder })}>
            {SORTS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <ExportButton request={request} disabled={!head || head.total === 0 || stale} />
      </div>
      {head && head.notes.length > 0 && (
        <ul className="notes">
          {head.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <Expansions expansions={head?.expansions ?? []} />
    </div>
  );
}
