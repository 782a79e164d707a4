import { useSearchResults } from '../../hooks/use-search';
import { useStatus } from '../../hooks/use-status';
import { useUi } from '../../state/ui-context';
import { formatCount } from '../../text/format';
import { ErrorNote } from '../common/ErrorNote';
import { Reader } from '../reader/Reader';
import { Facets } from './Facets';
import { ResultsHeader } from './ResultsHeader';
import { ResultsList } from './ResultsList';
import { SearchBox } from './SearchBox';

function EmptyState() {
  const { status } = useStatus();
  const { state } = useUi();
  const { head, error, loading } = useSearchResults();
  if (!status || status.state === 'empty' || !status.folder) {
    return (
      <div className="empty">
        <h2>Open a folder of articles</h2>
        <p>Plain text, Markdown or saved web pages. Parallax reads them on this computer; nothing leaves it.</p>
      </div>
    );
  }
  if (status.state === 'indexing' && !head) return <p className="empty muted">Reading the folder… results appear when it is indexed.</p>;
  if (error && !head) {
    // An empty box is not a mistake worth an alert: say what to do instead.
    return state.query.trim() ? null : (
      <p className="empty muted">Type words to search {formatCount(status.documents, 'document')}.</p>
    );
  }
  if (head && head.total === 0 && !loading) {
    return <p className="empty muted">No results{state.query.trim() ? ` for ${state.query.trim()}` : ''}.</p>;
  }
  return null;
}

export function SearchView() {
  const { state } = useUi();
  const { error, hits, stale } = useSearchResults();
  const showError = error && state.query.trim() !== '';
  return (
    <div className="search-view">
      <div className="search-top">
        <SearchBox />
        <div id="search-error">{showError && <ErrorNote error={error} />}</div>
      </div>
      <div className="search-body">
        <Facets />
        {state.reader ? (
          <Reader />
        ) : (
          <section className={stale ? 'results stale' : 'results'} aria-label="Results">
            <ResultsHeader />
            <EmptyState />
            {hits.length > 0 && <ResultsList />}
          </section>
        )}
      </div>
    </div>
  );
}
