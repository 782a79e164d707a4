import type { QueryExpansion } from '../../contract';
import { useUi } from '../../state/ui-context';

/**
 * "Sergei — also Sergey (2), Sergay (1)": the spellings a query word also matched, each one
 * switchable, plus one switch for the whole feature.
 */
export function Expansions({ expansions }: { expansions: QueryExpansion[] }) {
  const { state, dispatch } = useUi();
  if (!expansions.length && state.variantsEnabled) return null;
  return (
    <div className="expansions">
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={state.variantsEnabled}
          onChange={(e) => dispatch({ type: 'setVariantsEnabled', enabled: e.target.checked })}
        />
        Name spellings
      </label>
      {state.variantsEnabled &&
        expansions.map((x) => {
          const others = x.spellings.filter((s) => s.text.toLocaleLowerCase() !== x.word.toLocaleLowerCase());
          if (!others.length) return null;
          return (
            <span key={`${x.groupId}:${x.word}`} className="expansion">
              <strong>{x.word}</strong> — also{' '}
              {others.map((s) => (
                <label key={s.text} className="spelling">
                  <input
                    type="checkbox"
                    checked={!state.excludedSpellings.includes(s.text)}
                    onChange={() => dispatch({ type: 'toggleSpelling', text: s.text })}
                  />
                  {s.text} ({s.count.toLocaleString('en-GB')})
                </label>
              ))}
            </span>
          );
        })}
    </div>
  );
}
