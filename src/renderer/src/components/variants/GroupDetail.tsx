import { useId } from 'react';
import type { VariantGroupView } from '../../contract';
import { formatCount } from '../../text/format';
import { totalMentions } from '../../variants/group-stats';
import { OutletTable } from './OutletTable';
import { SpellingTable } from './SpellingTable';
import type { VariantActions } from './use-variant-actions';

interface GroupDetailProps {
  group: VariantGroupView;
  /** A full name: it follows its word groups, so it offers searches but no decisions. */
  isName: boolean;
  busy: boolean;
  actions: VariantActions;
}

export function GroupDetail({ group, isName, busy, actions }: GroupDetailProps) {
  const titleId = useId();
  const outlets = new Set(group.spellings.flatMap((s) => Object.keys(s.outlets))).size;
  return (
    <section className="group-detail" aria-labelledby={titleId}>
      <header className="group-detail-head">
        <div>
          <h2 id={titleId} tabIndex={-1}>
            {group.label}
          </h2>
          <p className="muted">
            {formatCount(group.spellings.length, 'spelling')} · {formatCount(totalMentions(group), 'mention')} ·{' '}
            {formatCount(outlets, 'outlet')}. A search for any of them finds them all.
          </p>
        </div>
        <span className="spacer" />
        <button type="button" onClick={() => actions.searchGroup(group)}>
          Search all spellings
        </button>
        {!isName && (
          <button type="button" disabled={busy} onClick={() => void actions.reject(group)} title="Stop treating these spellings as one name">
            Not the same name
          </button>
        )}
      </header>
      <h3>Spellings</h3>
      <SpellingTable group={group} isName={isName} busy={busy} actions={actions} />
      <h3>Who writes which spelling</h3>
      <OutletTable group={group} />
      {isName && (
        <p className="muted small">
          Full names follow their words: to change this group, split or merge the word groups of its names in the list on the
          left.
        </p>
      )}
    </section>
  );
}
