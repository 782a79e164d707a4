import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { VariantGroupView } from '../../contract';
import { totalMentions } from '../../variants/group-stats';
import { updatePanel } from '../../variants/panel-store';

interface GroupListProps {
  groups: VariantGroupView[];
  names: VariantGroupView[];
  open: string | null;
  picked: string[];
}

const openGroup = (g: VariantGroupView) => updatePanel({ open: { id: g.id, spelling: g.label } });

interface RowProps {
  group: VariantGroupView;
  open: boolean;
  picked: boolean;
  /** Absent for full names: they follow their word groups and are not merged themselves. */
  onPick?(id: string): void;
}

function Row({ group, open, picked, onPick }: RowProps) {
  const others = group.spellings.filter((s) => s.text !== group.label).map((s) => s.text);
  return (
    <li className={open ? 'group-row open' : 'group-row'}>
      {onPick ? (
        <input type="checkbox" aria-label={`Pick ${group.label} to merge`} checked={picked} onChange={() => onPick(group.id)} />
      ) : (
        <span className="pick-space" aria-hidden="true" />
      )}
      <button type="button" className="group-open" aria-current={open ? 'true' : undefined} onClick={() => openGroup(group)}>
        <span className="group-label">{group.label}</span>
        <span className="group-others">{others.join(' · ')}</span>
        <span className="group-total">
          {totalMentions(group).toLocaleString('en-GB')}
          <span className="visually-hidden"> mentions</span>
        </span>
      </button>
    </li>
  );
}

/** Up and down arrows walk the list and open each group, as in a mail client. */
function onArrows(e: KeyboardEvent<HTMLElement>) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button.group-open')];
  const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (i < 0) return;
  e.preventDefault();
  const next = buttons[Math.min(buttons.length - 1, Math.max(0, i + (e.key === 'ArrowDown' ? 1 : -1)))];
  next.focus();
  next.click();
}

export function GroupList({ groups, names, open, picked }: GroupListProps) {
  const pick = (id: string) => updatePanel({ picked: picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id] });
  const box = useRef<HTMLElement>(null);
  // The open group stays in sight when a decision or a link from search opens it.
  useEffect(() => {
    box.current?.querySelector('.group-row.open')?.scrollIntoView({ block: 'nearest' });
  }, [open]);
  return (
    <nav ref={box} className="group-list" aria-label="Names" onKeyDown={onArrows}>
      <h2 id="word-groups-title">Spelt more than one way ({groups.length.toLocaleString('en-GB')})</h2>
      <ul aria-labelledby="word-groups-title">
        {groups.map((g) => (
          <Row key={g.id} group={g} open={g.id === open} picked={picked.includes(g.id)} onPick={pick} />
        ))}
      </ul>
      {names.length > 0 && (
        <>
          <h2 id="full-names-title">Full names ({names.length.toLocaleString('en-GB')})</h2>
          <ul aria-labelledby="full-names-title">
            {names.map((g) => (
              <Row key={g.id} group={g} open={g.id === open} picked={false} />
            ))}
          </ul>
        </>
      )}
    </nav>
  );
}
