import { useState } from 'react';
import type { FactItem, Facts } from '../../../../shared/compare-types';
import type { TextRange } from '../../contract';
import type { PaneSide } from './dom-scroll';

const GROUPS: { key: keyof Facts; label: string }[] = [
  { key: 'names', label: 'Names' },
  { key: 'numbers', label: 'Numbers' },
  { key: 'dates', label: 'Dates' },
];

interface FactListProps {
  facts: Facts;
  side: PaneSide;
  onJump(target: { A?: TextRange | null; B?: TextRange | null }): void;
}

/** Names, numbers and dates one side has and the other lacks; a click goes to the next mention. */
export function FactList({ facts, side, onJump }: FactListProps) {
  const [next, setNext] = useState<Record<string, number>>({});
  const groups = GROUPS.map((g) => ({ ...g, items: (facts?.[g.key] ?? []).filter((f) => f.ranges?.length) }));
  if (groups.every((g) => !g.items.length)) return <p className="muted small">Nothing found only in {side}.</p>;

  const go = (group: string, item: FactItem) => {
    const key = `${group}:${item.text}`;
    const i = (next[key] ?? 0) % item.ranges.length;
    setNext({ ...next, [key]: i + 1 });
    onJump({ [side]: item.ranges[i] });
  };

  return (
    <>
      {groups.map(
        (g) =>
          g.items.length > 0 && (
            <div key={g.key} className="fact-group">
              <h4>{g.label}</h4>
              <ul className="fact-list">
                {g.items.map((f, i) => (
                  <li key={`${i}:${f.text}`}>
                    <button
                      type="button"
                      className={`fact side-${side}`}
                      title={f.ranges.length > 1 ? `${f.ranges.length} mentions: each click goes to the next` : 'Show it in the text'}
                      onClick={() => go(g.key, f)}
                    >
                      {f.text}
                      {f.ranges.length > 1 && <span className="fact-count"> ×{f.ranges.length}</span>}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ),
      )}
    </>
  );
}
