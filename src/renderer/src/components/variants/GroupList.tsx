import { useEffect, useRef } from 'react';
import type { VariantGroupView } from '../../contract';
import { totalMentions } from '../../variants/group-stats';
import { updatePanel } from '../../variants/panel-store';
import { ConfidenceBadge } from './ConfidenceBadge';

interface GroupListProps {
  groups: VariantGroupView[];
  names: VariantGroupView[];
  open: string | null;
  picked: string[];
  /** Ids of the groups the user confirmed: marked as such rather than by the engine's confidence. */
  confirmed: ReadonlySet<string>;
}

export const openGroup = (g: VariantGroupView) => updatePanel({ open: { id: g.id, spelling: g.label } });

interface RowProps {
  group: VariantGroupView;
  open: boolean;
  picked: boolean;
  confirmed: boolean;
  /** Absent for full names: they follow their word groups and are not decided themselves. */
  onPick?(id: string): void;
}

function Row({ group, open, picked, confirmed, onPick }: RowProps) {
  const others = group.spellings.filter((s) => s.text !== group.label).map((s) => s.text);
  return (
    <li className={open ? 'group-row open' : 'group-row'} data-group={group.id}>
      {onPick ? (
        <input type="checkbox" aria-label={`Select ${group.label}`} checked={picked} onChange={() => onPick(group.id)} />
      ) : (
        <span className="pick-space" aria-hidden="true" />
      )}
      <button type="button" className="group-open" aria-current={open ? 'true' : undefined} onClick={() => openGroup(group)}>
        <span className="group-label">{group.label}</span>
        <span className="group-others">{others.join(' · ')}</span>
        <ConfidenceBadge confidence={group.confidence} confirmed={confirmed} compact />
        <span className="group-total">
          {totalMentions(group).toLocaleString('en-GB')}
          <span className="visually-hidden"> mentions</span>
        </span>
      </button>
    </li>
  );
}

export function GroupList({ groups, names, open, picked, confirmed }: GroupListProps) {
  const pick = (id: string) => updatePanel({ picked: picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id] });
  const box = useRef<HTMLElement>(null);
  // The open group stays in sight when a key, a decision or a link from search opens it.
  useEffect(() => {
    box.current?.querySelector('.group-row.open')?.scrollIntoView({ block: 'nearest' });
  }, [open]);
  return (
    <nav ref={box} className="group-list" aria-label="Names">
      <h2 id="word-groups-title">Spelt more than one way ({groups.length.toLocaleString('en-GB')})</h2>
      <ul aria-labelledby="word-groups-title">
        {groups.map((g) => (
          <Row key={g.id} group={g} open={g.id === open} picked={picked.includes(g.id)} confirmed={confirmed.has(g.id)} onPick={pick} />
        ))}
      </ul>
      {names.length > 0 && (
        <>
          <h2 id="full-names-title">Full names ({names.length.toLocaleString('en-GB')})</h2>
          <ul aria-labelledby="full-names-title">
            {names.map((g) => (
              <Row key={g.id} group={g} open={g.id === open} picked={false} confirmed={false} />
            ))}
          </ul>
        </>
      )}
    </nav>
  );
}
