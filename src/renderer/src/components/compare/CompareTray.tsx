import { useSearchResults } from '../../hooks/use-search';
import { useUi } from '../../state/ui-context';
import { dialogOpen, isTyping } from '../../text/keys';
import { useWindowKeydown } from '../../hooks/use-window-keydown';

/**
 * The results ticked for comparison, under the list, and the C key: with two ticked it
 * compares them; with fewer it asks "Compare with…" for the ticked or highlighted result.
 */
export function CompareTray() {
  const { state, dispatch } = useUi();
  const { hits } = useSearchResults();
  const ticked = state.compareTicked;
  const inResults = state.view === 'search' && !state.reader;

  const onKey = (e: KeyboardEvent) => {
    if (!inResults || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.key.toLowerCase() !== 'c') return;
    if (isTyping(e.target) || dialogOpen()) return;
    const [first, second] = ticked;
    const id = first?.id ?? hits[Math.min(state.selected, hits.length - 1)]?.id;
    if (!id) return;
    e.preventDefault();
    if (second) dispatch({ type: 'compare', a: first.id, b: second.id });
    else dispatch({ type: 'pickCounterpart', id });
  };
  useWindowKeydown(onKey);

  if (!inResults || ticked.length === 0) return null;
  const [first, second] = ticked;
  return (
    <section className="compare-tray" aria-label="Selected for comparison">
      <span className="muted">Compare</span>
      {ticked.map((t, i) => (
        <span key={t.id} className="tray-item">
          <span className={`side-badge side-${i ? 'B' : 'A'}`} aria-hidden="true">
            {i ? 'B' : 'A'}
          </span>
          <span className="tray-title">{t.title}</span>
          <button type="button" className="icon-button" aria-label={`Unselect ${t.title}`} onClick={() => dispatch({ type: 'toggleTicked', id: t.id, title: t.title })}>
            ×
          </button>
        </span>
      ))}
      {!second && <span className="muted">Select one more result</span>}
      <span className="spacer" />
      <button type="button" className="primary" disabled={!second} onClick={() => second && dispatch({ type: 'compare', a: first.id, b: second.id })}>
        Compare selected <kbd>C</kbd>
      </button>
      <button type="button" onClick={() => dispatch({ type: 'clearTicked' })}>
        Clear
      </button>
    </section>
  );
}
