import type { VariantGroupView } from '../../contract';

interface MergeBarProps {
  picked: VariantGroupView[];
  busy: boolean;
  onMerge(groups: VariantGroupView[]): void;
  onClear(): void;
}

/** The groups ticked for a merge and the button that merges them; shown once one is ticked. */
export function MergeBar({ picked, busy, onMerge, onClear }: MergeBarProps) {
  if (!picked.length) return null;
  return (
    <div className="merge-bar" role="group" aria-label="Merge">
      <span>
        {picked.length === 1 ? (
          <>
            Tick one more group to merge with <strong>{picked[0].label}</strong>.
          </>
        ) : (
          <>
            Merge <strong>{picked.map((g) => g.label).join(', ')}</strong> into one name?
          </>
        )}
      </span>
      <button type="button" className="primary" disabled={busy || picked.length < 2} onClick={() => onMerge(picked)}>
        Merge {picked.length < 2 ? 'groups' : `${picked.length} groups`}
      </button>
      <button type="button" onClick={onClear}>
        Clear
      </button>
    </div>
  );
}
