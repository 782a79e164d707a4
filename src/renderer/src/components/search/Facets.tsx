import type { FacetCount } from '../../contract';
import { useSearchResults } from '../../hooks/use-search';
import { useUi } from '../../state/ui-context';
import { formatMonth } from '../../text/format';

interface GroupProps {
  legend: string;
  counts: FacetCount[];
  selected: string[];
  format?(value: string): string;
  onToggle(value: string): void;
}

function FacetGroup({ legend, counts, selected, format, onToggle }: GroupProps) {
  // A chosen value stays listed even when the other filters leave it no results, or it could
  // not be switched off again.
  const missing = selected.filter((v) => !counts.some((c) => c.value === v)).map((value) => ({ value, count: 0 }));
  const all = [...counts, ...missing];
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      {all.length === 0 && <p className="muted small">None</p>}
      <ul>
        {all.map((c) => (
          <li key={c.value}>
            <label className={selected.includes(c.value) ? 'checked' : undefined}>
              <input type="checkbox" checked={selected.includes(c.value)} onChange={() => onToggle(c.value)} />
              <span className="facet-value" title={c.value}>
                {format ? format(c.value) : c.value}
              </span>
              <span className="facet-count">{c.count.toLocaleString('en-GB')}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Months in time order, the undated last. */
function byMonth(counts: FacetCount[]): FacetCount[] {
  return [...counts].sort((a, b) => (a.value === 'unknown' ? 1 : b.value === 'unknown' ? -1 : a.value.localeCompare(b.value)));
}

export function Facets() {
  const { state, dispatch } = useUi();
  const { head } = useSearchResults();
  const active = state.outlets.length + state.months.length > 0;
  return (
    <aside className="facets" aria-label="Filters">
      <div className="facets-head">
        <h2>Filters</h2>
        <button type="button" className="small" disabled={!active} onClick={() => dispatch({ type: 'clearFilters' })}>
          Clear filters
        </button>
      </div>
      <FacetGroup
        legend="Outlets"
        counts={head?.facets.outlets ?? []}
        selected={state.outlets}
        onToggle={(value) => dispatch({ type: 'toggleOutlet', value })}
      />
      <FacetGroup
        legend="Months"
        counts={byMonth(head?.facets.months ?? [])}
        selected={state.months}
        format={formatMonth}
        onToggle={(value) => dispatch({ type: 'toggleMonth', value })}
      />
    </aside>
  );
}
