import { useRef } from 'react';
import type { ExpansionSpelling, QueryExpansion } from '../../contract';
import { useUi } from '../../state/ui-context';

const mentions = (n: number): string => (n === 1 ? '1 mention in this folder' : `${n.toLocaleString('en-GB')} mentions in this folder`);
const counted = (s: ExpansionSpelling): string => `${s.text} (${s.count.toLocaleString('en-GB')})`;

/**
 * One query word's other spellings, in two kinds the user must be able to tell apart:
 * "also matched" (the folder shows they name the same one, searched unless switched off, plus
 * suggestions the user added) and "maybe also … ?" (only spelt alike: a button adds each).
 */
export function ExpansionLine({ expansion: x, onShowGroup }: { expansion: QueryExpansion; onShowGroup: () => void }) {
  const { state, dispatch } = useUi();
  // Adding or removing a suggestion moves it between the two lists, unmounting the control that
  // had the focus: the control that takes its place gets it, so a keyboard user is not dropped.
  const focusNext = useRef<string | null>(null);
  const takeFocus = (key: string) => (el: HTMLElement | null) => {
    if (el && focusNext.current === key) {
      focusNext.current = null;
      el.focus();
    }
  };
  const setIncluded = (text: string, included: boolean) => {
    focusNext.current = (included ? 'remove:' : 'add:') + text;
    dispatch({ type: 'includeSpelling', text, included });
  };

  const others = x.spellings.filter((s) => s.text.toLocaleLowerCase() !== x.word.toLocaleLowerCase());
  // Read from the UI state, not the response, so a click shows at once.
  const added = (s: ExpansionSpelling) => s.confidence === 'possible' && state.includedSpellings.includes(s.text);
  const sure = others.filter((s) => s.confidence === 'high');
  const matched = [...sure, ...others.filter(added)];
  const suggested = others.filter((s) => s.confidence === 'possible' && !added(s));
  if (!others.length) return null;

  return (
    <span className="expansion" role="group" aria-label={`Other spellings searched with ${x.word}`}>
      <strong>{x.word}</strong>
      {matched.length > 0 && (
        <span className="expansion-part">
          <span title="The folder shows these name the same one: they are searched with it">— also matched:</span>
          {matched.map((s, i) => (
            <span key={s.text} className="spelling-item">
              {s.confidence === 'high' ? (
                <label className="spelling" title={mentions(s.count)}>
                  <input
                    type="checkbox"
                    checked={!state.excludedSpellings.includes(s.text)}
                    onChange={() => dispatch({ type: 'toggleSpelling', text: s.text })}
                  />
                  {counted(s)}
                </label>
              ) : (
                <span className="spelling added" title={`A possible spelling you added; ${mentions(s.count)}`}>
                  {counted(s)}
                  <span className="added-tag">added</span>
                  <button
                    type="button"
                    className="icon-button remove-spelling"
                    aria-label={`Remove ${s.text} from the search`}
                    title={`Remove ${s.text} from the search`}
                    ref={takeFocus('remove:' + s.text)}
                    onClick={() => setIncluded(s.text, false)}
                  >
                    ×
                  </button>
                </span>
              )}
              {i < matched.length - 1 && <span aria-hidden="true">,</span>}
            </span>
          ))}
        </span>
      )}
      {suggested.length > 0 && (
        <span className="expansion-part suggestions" role="group" aria-label={`Possible spellings of ${x.word}, not searched`}>
          <span title="Spelt alike, but nothing in this folder shows it is the same name: not searched unless you add it">
            {matched.length ? 'maybe also:' : '— maybe also:'}
          </span>
          {suggested.map((s) => (
            <button
              key={s.text}
              type="button"
              className="suggestion"
              aria-label={`Add ${counted(s)} to the search`}
              title={`Also search ${s.text}: ${mentions(s.count)}`}
              ref={takeFocus('add:' + s.text)}
              onClick={() => setIncluded(s.text, true)}
            >
              + {counted(s)}?
            </button>
          ))}
        </span>
      )}
      <button type="button" className="link-button small" onClick={onShowGroup}>
        All spellings of {x.word}
      </button>
    </span>
  );
}
