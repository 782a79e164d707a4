import { useState } from 'react';
import type { DocMeta, StoryView } from '../../contract';
import { formatCount, formatDate, formatDocDate, visiblePath } from '../../text/format';
import { outletMatchup, outletsByCount, type OneSided } from './stories-model';

interface OutletMatchupProps {
  stories: readonly StoryView[];
  docs: readonly DocMeta[];
  onOpen(id: string): void;
  onCompare(a: string, b: string): void;
}

function OnlyList({ outlet, side, onOpen }: { outlet: string; side: OneSided; onOpen(id: string): void }) {
  const count = side.stories.length + side.alone.length;
  return (
    <section className="matchup-col" aria-label={`Only ${outlet}`}>
      <h4>
        Only {outlet} <span className="muted">({count})</span>
      </h4>
      {count === 0 && <p className="muted small">Nothing.</p>}
      <ul>
        {side.stories.map((s) => (
          <li key={s.id}>
            {s.title} <span className="muted small">with {s.outlets.filter((o) => o !== outlet).join(', ')}</span>
          </li>
        ))}
        {side.alone.map((d) => (
          <li key={d.id}>
            <button type="button" className="title-button" onClick={() => onOpen(d.id)}>
              {d.title || visiblePath(d.path)}
            </button>{' '}
            <span className="muted small">{formatDate(d.date)}, no other outlet</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Two outlets set against each other: the stories both told, and those only one did. */
export function OutletMatchup({ stories, docs, onOpen, onCompare }: OutletMatchupProps) {
  const outlets = outletsByCount(docs);
  const [first, setFirst] = useState(outlets[0]?.outlet ?? '');
  const [second, setSecond] = useState(outlets[1]?.outlet ?? '');
  if (outlets.length < 2) return null;
  const m = outletMatchup(stories, docs, first, second);
  const pick = (value: string, set: (v: string) => void, label: string) => (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => set(e.target.value)}>
        {outlets.map((o) => (
          <option key={o.outlet} value={o.outlet}>
            {o.outlet} ({o.count})
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="matchup" aria-label="Outlet against outlet">
      <h3>Outlet against outlet</h3>
      <div className="matchup-pick">
        {pick(first, setFirst, 'First outlet')}
        {pick(second, setSecond, 'Second outlet')}
      </div>
      {first === second ? (
        <p className="muted small">Choose two different outlets.</p>
      ) : (
        <div className="matchup-cols">
          <section className="matchup-col" aria-label="Covered by both">
            <h4>
              Both <span className="muted">({formatCount(m.both.length, 'story', 'stories')})</span>
            </h4>
            {m.both.length === 0 && <p className="muted small">No story told by both.</p>}
            <ul>
              {m.both.map(({ story, pairs }) => (
                <li key={story.id}>
                  {story.title}
                  <ul className="pair-list">
                    {pairs.map(([a, b]) => (
                      <li key={`${a.id}|${b.id}`}>
                        <button type="button" className="small" aria-label={`Compare ${a.title || visiblePath(a.path)} with ${b.title || visiblePath(b.path)}`} onClick={() => onCompare(a.id, b.id)}>
                          Compare
                        </button>{' '}
                        <span className="muted small" title={`${a.title} — ${b.title}`}>
                          {a.outlet}, {formatDocDate(a)} ↔ {b.outlet}, {formatDocDate(b)}
                        </span>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
          <OnlyList outlet={first} side={m.onlyFirst} onOpen={onOpen} />
          <OnlyList outlet={second} side={m.onlySecond} onOpen={onOpen} />
        </div>
      )}
    </section>
  );
}
