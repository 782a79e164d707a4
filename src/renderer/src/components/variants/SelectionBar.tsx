import type { VariantGroupView } from '../../contract';
import { formatCount } from '../../text/format';
import { listed } from '../../variants/decision-text';

interface SelectionBarProps {
  picked: VariantGroupView[];
  busy: boolean;
  onMerge(groups: VariantGroupView[]): void;
  onReject(groups: VariantGroupView[]): void;
  onClear(): void;
}

/**
 * The groups ticked in the list and what can be done to them all at once: merge them into one
 * name, or say of each that it is not one name (a single decision, undone at once).
 */
export function SelectionBar({ picked, busy, onMerge, onReject, onClear }: SelectionBarProps) {
  if (!picked.length) return null;
  const count = formatCount(picked.length, 'group');
  return (
    <div className="merge-bar" role="group" aria-label="Selected groups">
      <span>
        <strong>{listed(picked.map((g) => g.label))}</strong> selected
        {picked.length === 1 && <span className="muted"> (tick one more to merge)</span>}
      </span>
      <button type="button" className="primary" disabled={busy || picked.length < 2} onClick={() => onMerge(picked)}>
        Merge {picked.length < 2 ? 'groups' : count}
      </button>
      <button type="button" disabled={busy} onClick={() => onReject(picked)} title="Stop treating the spellings of each selected group as one name">
        Not the same name ({count})
      </button>
      <button type="button" onClick={onClear}>
        Clear
      </button>
    </div>
  );
}
