/**
 * Shortcuts that work anywhere: focus search, open help. Keys that belong to one view
 * (arrows in the results, Enter in the reader) are handled by that view.
 */
import { useEffect } from 'react';
import { useUi } from '../state/ui-context';
import { dialogOpen, isTyping } from '../text/keys';

export function useGlobalKeys(): void {
  const { dispatch } = useUi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        if (!dialogOpen()) dispatch({ type: 'focusSearch' });
        return;
      }
      if (mod || e.altKey || isTyping(e.target) || dialogOpen()) return;
      if (e.key === '/') {
        e.preventDefault();
        dispatch({ type: 'focusSearch' });
      } else if (e.key === '?') {
        e.preventDefault();
        dispatch({ type: 'setHelp', open: true });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);
}
