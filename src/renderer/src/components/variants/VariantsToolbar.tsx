import type { GroupSort } from '../../variants/group-stats';
import { updatePanel, usePanelState } from '../../variants/panel-store';
import { UndoAll } from './UndoAll';

interface VariantsToolbarProps {
  /** Groups the filter shows, and all of them. */
  shown: number;
  total: number;
  busy: boolean;
  onReset(): void;
}

export function VariantsToolbar({ shown, total, busy, onReset }: VariantsToolbarProps) {
  const panel = usePanelState();
  return (
    <div className="variants-toolbar">
      <input
        type="search"
        aria-label="Filter names"
        placeholder="Filter names…"
        value={panel.filter}
        onChange={(e) => updatePanel({ filter: e.target.value })}
      />
      <label className="sort">
        Sort
        <select value={panel.sort} onChange={(e) => updatePanel({ sort: e.target.value as GroupSort })}>
          <option value="count">Most mentions</option>
          <option value="alpha">A to Z</option>
        </select>
      </label>
      {/* Only while filtering: the list headings give the counts otherwise. */}
      <span className="muted" aria-live="polite">
        {panel.filter.trim() ? `${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} shown` : ''}
      </span>
      <span className="spacer" />
      <UndoAll busy={busy} onReset={onReset} />
    </div>
  );
}
