import { useState } from 'react';

/**
 * "Undo all decisions", asked twice: it drops every merge, split and rejection made in this
 * folder, and the engine keeps no history to bring one of them back.
 */
export function UndoAll({ busy, onReset }: { busy: boolean; onReset(): void }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" disabled={busy} onClick={() => setAsking(true)}>
        Undo all decisions
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label="Undo all decisions?">
      <span>Undo every merge, split and “not the same name” in this folder?</span>
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={() => {
          setAsking(false);
          onReset();
        }}
      >
        Undo all
      </button>
      <button type="button" autoFocus onClick={() => setAsking(false)}>
        Keep them
      </button>
    </span>
  );
}
