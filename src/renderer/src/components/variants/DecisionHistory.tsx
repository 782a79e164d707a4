import type { VariantDecisionEntry } from '../../contract';
import { decisionSpellings, decisionTime, describeDecision } from '../../variants/decision-text';
import { REVIEW_KEYS } from '../../variants/review-keys';
import { UndoAll } from './UndoAll';

interface DecisionHistoryProps {
  /** Newest first. */
  entries: VariantDecisionEntry[];
  busy: boolean;
  onUndo(entry: VariantDecisionEntry): void;
  onReset(): void;
}

/**
 * The user's decisions in this folder, newest first, each with its own Undo: taking one back
 * leaves the others standing. Below them, the keys that make the list a review queue.
 */
export function DecisionHistory({ entries, busy, onUndo, onReset }: DecisionHistoryProps) {
  return (
    <aside className="decision-history" aria-labelledby="decision-history-title">
      <h2 id="decision-history-title">Your decisions ({entries.length.toLocaleString('en-GB')})</h2>
      {entries.length ? (
        <ul aria-labelledby="decision-history-title">
          {entries.map((e) => (
            <li key={e.id} title={decisionSpellings(e)}>
              <span className="decision-what">{describeDecision(e)}</span>
              <span className="decision-when muted">{decisionTime(e.at)}</span>
              <button type="button" className="small" disabled={busy} aria-label={`Undo “${describeDecision(e)}”`} onClick={() => onUndo(e)}>
                Undo
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">None yet. Confirm, reject, merge or split a group and it is listed here, to undo on its own.</p>
      )}
      {entries.length > 0 && <UndoAll busy={busy} onReset={onReset} />}
      <h2 id="review-keys-title">Keys</h2>
      <dl className="review-keys" aria-labelledby="review-keys-title">
        {REVIEW_KEYS.map(([k, d]) => (
          <div key={k}>
            <dt>
              <kbd>{k}</kbd>
            </dt>
            <dd>{d}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
