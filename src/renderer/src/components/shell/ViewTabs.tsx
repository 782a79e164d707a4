import type { KeyboardEvent } from 'react';
import { useUi } from '../../state/ui-context';
import type { View } from '../../state/ui-state';

const TABS: { view: View; label: string }[] = [
  { view: 'search', label: 'Search' },
  { view: 'stories', label: 'Stories' },
  { view: 'variants', label: 'Variants' },
  { view: 'compare', label: 'Compare' },
];

export function ViewTabs() {
  const { state, dispatch } = useUi();

  // The tab pattern: arrow keys move between tabs, Tab leaves the list.
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const i = TABS.findIndex((t) => t.view === state.view);
    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
    dispatch({ type: 'setView', view: next.view });
    document.getElementById(`tab-${next.view}`)?.focus();
  };

  return (
    <div role="tablist" aria-label="Views" className="tabs" onKeyDown={onKey}>
      {TABS.map((t) => {
        const selected = state.view === t.view;
        return (
          <button
            key={t.view}
            id={`tab-${t.view}`}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls="view-panel"
            tabIndex={selected ? 0 : -1}
            className="tab"
            onClick={() => dispatch({ type: 'setView', view: t.view })}
          >
            {t.label}
          </button>
        );
      })}
    </div>
  );
}
