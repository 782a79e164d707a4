import type { QueryExpansion } from '../../contract';
import { useUi } from '../../state/ui-context';
import { updatePanel } from '../../variants/panel-store';

const mentions = (n: number): string => (n === 1 ? '1 mention in this folder' : `${n.toLocaleString('en-GB')} mentions in this folder`);

/**
 * "Sergei — also Sergey (1), Sergay (1)": the spellings a query word also matched, each one
 * switchable, plus one switch for the whole feature. Says so when it is off, since results
 * then miss articles that spell the name another way.
 */
export function Expansions({ expansions }: { expansions: QueryExpansion[] }) {
  const { state, dispatch } = useUi();
  if (!expansions.length && state.variantsEnabled) return null;
  const showGroup = (x: QueryExpansion) => {
    updatePanel({ open: { id: x.groupId, spelling: x.word }, filter: '' });
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
        expansions.map((x) => {
          const others = x.spellings.filter((s) => s.text.toLocaleLowerCase() !== x.word.toLocaleLowerCase());
          if (!others.length) return null;
          return (
            <span key={`${x.groupId}:${x.word}`} className="expansion" role="group" aria-label={`Other spellings searched with ${x.word}`}>
              <strong>{x.word}</strong>
              <span aria-hidden="true">—</span> also
              {others.map((s, i) => (
                <span key={s.text} className="spelling-item">
                  <label className="spelling" title={mentions(s.count)}>
                    <input
                      type="checkbox"
                      checked={!state.excludedSpellings.includes(s.text)}
                      onChange={() => dispatch({ type: 'toggleSpelling', text: s.text })}
                    />
                    {s.text} ({s.count.toLocaleString('en-GB')})
                  </label>
                  {i < others.length - 1 && <span aria-hidden="true">,</span>}
                </span>
              ))}
              <button type="button" className="link-button small" onClick={() => showGroup(x)}>
                All spellings of {x.word}
              </button>
            </span>
          );
        })}
    </div>
  );
}
