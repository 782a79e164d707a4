import type { QueryExpansion } from '../../contract';
import { useUi } from '../../state/ui-context';
import { updatePanel } from '../../variants/panel-store';
import { ExpansionLine } from './ExpansionLine';

/**
 * "Sergei — also matched: Sergey (1), Sergay (1)" and "Sony — maybe also: Sonny (7)?": what each
 * query word also matched, and what it might, plus one switch for the whole feature. Says so
 * when it is off, since results then miss articles that spell the name another way.
 */
export function Expansions({ expansions }: { expansions: QueryExpansion[] }) {
  const { state, dispatch } = useUi();
  if (!expansions.length && state.variantsEnabled) return null;
  const showGroup = (x: QueryExpansion) => {
    updatePanel({ open: { id: x.groupId, spelling: x.word }, filter: '', confidence: 'all' });
    dispatch({ type: 'setView', view: 'variants' });
  };
  return (
    <div className="expansions">
      <label className="switch" title="Also find the other spellings of names in the query">
        <input
          type="checkbox"
          role="switch"
          checked={state.variantsEnabled}
          onChange={(e) => dispatch({ type: 'setVariantsEnabled', enabled: e.target.checked })}
        />
        Name spellings
      </label>
      {!state.variantsEnabled && <span className="muted">Off: only the words as typed are found.</span>}
      {state.variantsEnabled &&
        expansions.map((x) => <ExpansionLine key={`${x.groupId}:${x.word}`} expansion={x} onShowGroup={() => showGroup(x)} />)}
    </div>
  );
}
