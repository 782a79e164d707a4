import { useCallback, type MouseEvent } from 'react';
import { useUi } from '../../state/ui-context';

const MOD = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

/** Whether a result is ticked for comparison, and Ctrl/⌘+click anywhere on its row to tick it. */
export function useCompareTick(id: string, title: string) {
  const { state, dispatch } = useUi();
  const ticked = state.compareTicked.some((t) => t.id === id);
  const onClickCapture = useCallback(
    (e: MouseEvent) => {
      if (!(e.ctrlKey || e.metaKey) || (e.target as HTMLElement).closest('input[type="checkbox"]')) return;
      // Capture phase: the title button must not also open the article.
      e.preventDefault();
      e.stopPropagation();
      dispatch({ type: 'toggleTicked', id, title });
    },
    [dispatch, id, title],
  );
  return { ticked, onClickCapture };
}

/** The row's checkbox: two ticked results, then C or "Compare selected". */
export function CompareTick({ id, title }: { id: string; title: string }) {
  const { state, dispatch } = useUi();
  const ticked = state.compareTicked.some((t) => t.id === id);
  return (
    <label className="tick" title={`Select two results (or ${MOD}+click them), then press C`}>
      <input type="checkbox" aria-label="Select for comparison" checked={ticked} onChange={() => dispatch({ type: 'toggleTicked', id, title })} />
      Select
    </label>
  );
}
