/**
 * The review queue by keyboard: j / k or ↓ / ↑ move between groups, Enter or c confirms the
 * open group, x or Delete says it is not the same name, u undoes the last decision. Window keys,
 * as in the reader, so they work wherever focus is in the tab, except while typing or in a dialog.
 */
import { useWindowKeydown } from '../../hooks/use-window-keydown';
import { dialogOpen, isInteractive, isTyping } from '../../text/keys';

export interface ReviewKeyHandlers {
  /** +1 for the next group, -1 for the previous one. */
  move(step: 1 | -1): void;
  confirm(): void;
  reject(): void;
  undoLast(): void;
}

/** The action a key stands for, or null; `onControl`: focus is on a button or link Enter would press. */
export type ReviewAction = 'next' | 'previous' | 'confirm' | 'reject' | 'undoLast';

export function reviewAction(key: string, onControl: boolean): ReviewAction | null {
  switch (key) {
    case 'j':
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'ArrowUp':
      return 'previous';
    case 'Enter':
      // Enter on a button presses that button (Undo, Split out…); elsewhere it confirms the open group.
      return onControl ? null : 'confirm';
    case 'c':
      return 'confirm';
    case 'x':
    case 'Delete':
      return 'reject';
    case 'u':
      return 'undoLast';
    default:
      return null;
  }
}

export function useReviewKeys(handlers: ReviewKeyHandlers, enabled: boolean): void {
  useWindowKeydown((e) => {
    if (!enabled || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target) || dialogOpen()) return;
    // A row of the list only opens its group, already open once focus is on it: there Enter confirms.
    const row = e.target instanceof HTMLElement && e.target.closest('.group-open') !== null;
    const action = reviewAction(e.key, isInteractive(e.target) && !row);
    if (!action) return;
    e.preventDefault();
    if (action === 'next' || action === 'previous') handlers.move(action === 'next' ? 1 : -1);
    else handlers[action]();
  });
}
