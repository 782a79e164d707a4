import { useEffect, useRef, type FormEvent } from 'react';
import { useUi } from '../../state/ui-context';

export const SEARCH_PLACEHOLDER = '"exact phrase"  +must  -not  title:word  wild*  fuzzy~1';
const DEBOUNCE_MS = 250;

export function SearchBox() {
  const { state, dispatch } = useUi();
  const input = useRef<HTMLInputElement>(null);

  // Search as you type, once the typing pauses.
  useEffect(() => {
    if (state.draft === state.query) return;
    const t = setTimeout(() => dispatch({ type: 'submit' }), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [state.draft, state.query, dispatch]);

  useEffect(() => {
    if (state.focusSearch === 0) return;
    input.current?.focus();
    input.current?.select();
  }, [state.focusSearch]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    dispatch({ type: 'submit' });
  };

  return (
    <form className="search-box" onSubmit={submit} role="search">
      <label htmlFor="search-input" className="visually-hidden">
        Search
      </label>
      <input
        ref={input}
        id="search-input"
        type="search"
        value={state.draft}
        placeholder={SEARCH_PLACEHOLDER}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => dispatch({ type: 'setDraft', text: e.target.value })}
        aria-describedby="search-error"
      />
      <button type="submit" className="primary">
        Search
      </button>
    </form>
  );
}
