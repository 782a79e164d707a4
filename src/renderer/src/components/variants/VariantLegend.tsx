import { useId } from 'react';
import type { VariantGroupView } from '../../contract';
import type { LegendEntry } from '../../variants/legend';
import { groupTooltip } from '../../variants/tooltip';

interface VariantLegendProps {
  entries: LegendEntry[];
  groups: ReadonlyMap<string, VariantGroupView>;
  hidden: ReadonlySet<string>;
  onToggle(groupId: string): void;
  /** What the legend covers, e.g. "this article" or "these articles". */
  scope?: string;
}

/**
 * The name-spelling groups in a shown text, one switch each: a colour swatch, the name, and the
 * spellings this text uses, so "Sergay 1" stands out next to "Sergei 2".
 */
export function VariantLegend({ entries, groups, hidden, onToggle, scope = 'this article' }: VariantLegendProps) {
  const titleId = useId();
  if (!entries.length) return null;
  return (
    <div className="variant-legend" role="group" aria-labelledby={titleId}>
      <span id={titleId} className="variant-legend-title">
        Name spellings in {scope}
      </span>{' '}
      <ul>
        {entries.map((e) => {
          // "Kelly ×6" when the text keeps to the usual spelling; "Sergei: Sergay ×1" when it does not.
          const usual = e.spellings.length === 1 && e.spellings[0].text.toLocaleLowerCase() === e.label.toLocaleLowerCase();
          const used = e.spellings.map((s) => `${usual ? '' : `${s.text} `}×${s.count.toLocaleString('en-GB')}`).join(', ');
          return (
            <li key={e.groupId} title={groupTooltip(groups.get(e.groupId), e.label)}>
              <label className={hidden.has(e.groupId) ? 'variant-toggle off' : 'variant-toggle'}>
                <input type="checkbox" checked={!hidden.has(e.groupId)} onChange={() => onToggle(e.groupId)} />
                <span className={`swatch ${e.colour.className}`} aria-hidden="true" />
                <strong>
                  {e.label}
                  {usual ? '' : ':'}
                </strong>{' '}
                <span className="muted">{used}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
