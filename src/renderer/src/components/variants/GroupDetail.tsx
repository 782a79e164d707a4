import { useId } from 'react';
import type { VariantGroupView } from '../../contract';
import { formatCount } from '../../text/format';
import { outletCount, totalMentions } from '../../variants/group-stats';
import { ConfidenceBadge } from './ConfidenceBadge';
import { OutletTable } from './OutletTable';
import { SpellingTable } from './SpellingTable';
import type { VariantActions } from './use-variant-actions';

interface GroupDetailProps {
  group: VariantGroupView;
  /** A full name: it follows its word groups, so it offers searches but no decisions. */
  isName: boolean;
  confirmed: boolean;
  busy: boolean;
  actions: VariantActions;
  /** Confirm or reject, then move on to the next group in the queue. */
  onConfirm(): void;
  onReject(): void;
}

export function GroupDetail({ group, isName, confirmed, busy, actions, onConfirm, onReject }: GroupDetailProps) {
  const titleId = useId();
  return (
    <section className="group-detail" aria-labelledby={titleId}>
      <header className="group-detail-head">
        <h2 id={titleId} tabIndex={-1}>
          {group.label}
        </h2>
        <span className="spacer" />
        <button type="button" onClick={() => actions.searchGroup(group)}>
          Search all spellings
        </button>
        {!isName && (
          <>
            <button
              type="button"
              disabled={busy || (confirmed && group.confidence === 'high')}
              onClick={onConfirm}
              aria-keyshortcuts="c"
              title="These spellings are one name (c or Enter)"
            >
              Same name
            </button>
            <button type="button" disabled={busy} onClick={onReject} aria-keyshortcuts="x Delete" title="Stop treating these spellings as one name (x or Delete)">
              Not the same name
            </button>
          </>
        )}
      </header>
      <p className="group-summary muted">
        <ConfidenceBadge confidence={group.confidence} confirmed={confirmed} /> {formatCount(group.spellings.length, 'spelling')} ·{' '}
        {formatCount(totalMentions(group), 'mention')} · {formatCount(outletCount(group), 'outlet')}.{' '}
        {group.confidence === 'possible' ? 'Is this one name? The evidence is below each spelling.' : 'A search for any of them finds them all.'}
      </p>
      <h3>Spellings</h3>
      <SpellingTable group={group} isName={isName} busy={busy} actions={actions} />
      <h3>Who writes which spelling</h3>
      <OutletTable group={group} />
      {isName && (
        <p className="muted small">
          Full names follow their words: to change this group, split, merge, confirm or reject the word groups of its names in
          the list on the left.
        </p>
      )}
    </section>
  );
}
