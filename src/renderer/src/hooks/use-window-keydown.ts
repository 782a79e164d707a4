import { useEffect, useRef } from 'react';

/**
 * A keydown listener on the window that always sees the latest render's handler. A window
 * listener, not onKeyDown: keys must work wherever focus is (the page itself after closing a
 * view, the search box, a pane), not only inside one element.
 */
export function useWindowKeydown(handler: (e: KeyboardEvent) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const listener = (e: KeyboardEvent) => latest.current(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
