import { useState } from 'react';

/**
 * "Undo all decisions", asked twice: it empties the folder's history, so no decision in it can
 * be brought back on its own afterwards (one at a time is the Undo beside each).
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
      <span>Undo every merge, split, confirmation and “not the same name” in this folder?</span>
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
