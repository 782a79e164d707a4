import type { ConfidenceFilter, GroupSort } from '../../variants/group-stats';
import { updatePanel, usePanelState } from '../../variants/panel-store';

interface VariantsToolbarProps {
  /** Groups the filters show, and all of them. */
  shown: number;
  total: number;
  /** Groups that still want a look: possible ones. */
  toReview: number;
}

export function VariantsToolbar({ shown, total, toReview }: VariantsToolbarProps) {
  const panel = usePanelState();
  const filtered = panel.filter.trim() !== '' || panel.confidence !== 'all';
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
        Show
        <select value={panel.confidence} onChange={(e) => updatePanel({ confidence: e.target.value as ConfidenceFilter })}>
          <option value="all">All groups</option>
          <option value="possible">Possible: to review</option>
          <option value="high">High confidence</option>
        </select>
      </label>
      <label className="sort">
        Sort
        <select value={panel.sort} onChange={(e) => updatePanel({ sort: e.target.value as GroupSort })}>
          <option value="review">To review first, then mentions</option>
          <option value="count">Most mentions</option>
          <option value="outlets">Most outlets</option>
          <option value="alpha">A to Z</option>
        </select>
      </label>
      {/* Counts only while filtering: the list headings give them otherwise. */}
      <span className="muted" aria-live="polite">
        {filtered ? `${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} shown` : ''}
      </span>
      <span className="spacer" />
      <span className="muted review-count">{toReview ? `${toReview.toLocaleString('en-GB')} to review` : 'Nothing left to review'}</span>
    </div>
  );
}
