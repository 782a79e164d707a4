import type { ComparisonView } from '../../contract';
import { useUi } from '../../state/ui-context';
import { ExportComparison } from './ExportComparison';

/** Swap, the two display switches, export, and the keys: what a comparison can be asked. */
export function CompareToolbar({ pair, view }: { pair: { a: string; b: string }; view: ComparisonView | null }) {
  const { state, dispatch } = useUi();
  const { hideSpelling, linkScroll } = state.compareOptions;
  const set = (option: 'hideSpelling' | 'linkScroll', value: boolean) => dispatch({ type: 'setCompareOption', option, value });
  return (
    <div className="compare-bar">
      <button type="button" onClick={() => dispatch({ type: 'compare', a: pair.b, b: pair.a })} title="Put B on the left">
        ⇄ Swap sides
      </button>
      <label className="toggle">
        <input type="checkbox" checked={hideSpelling} onChange={(e) => set('hideSpelling', e.target.checked)} />
        Hide spelling-only differences
      </label>
      <label className="toggle">
        <input type="checkbox" checked={linkScroll} onChange={(e) => set('linkScroll', e.target.checked)} />
        Link scrolling
      </label>
      <span className="spacer" />
      <p className="help-line muted small" id="compare-keys">
        <kbd>n</kbd> / <kbd>p</kbd> next / previous difference · click a passage to find its counterpart
      </p>
      <ExportComparison view={view} hideSpelling={hideSpelling} />
    </div>
  );
}
