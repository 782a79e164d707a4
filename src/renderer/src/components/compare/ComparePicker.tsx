import { useState, type KeyboardEvent } from 'react';
import { getBridge } from '../../api/bridge';
import { useApiQuery } from '../../hooks/use-api-query';
import { filterDocuments, useDocuments } from '../../hooks/use-documents';
import { useCorpusKey } from '../../hooks/use-status';
import { useUi } from '../../state/ui-context';
import { visiblePath } from '../../text/format';
import { ErrorNote } from '../common/ErrorNote';
import { Modal } from '../common/Modal';
import { percent } from './model/labels';
import { PickDoc } from './PickDoc';

/** Shown before typing: enough to choose from in a small folder, not a wall in a big one. */
const UNFILTERED = 30;

/** ↓ / ↑ move between the choices (and from the filter box into them), as in a menu. */
function moveFocus(e: KeyboardEvent<HTMLElement>) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const items = [...e.currentTarget.querySelectorAll<HTMLElement>('#pick-filter, button.pick')];
  const i = items.indexOf(document.activeElement as HTMLElement);
  const next = items[Math.max(0, Math.min(items.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

/** "Compare with…": the same story in other outlets first, then any other document. */
export function ComparePicker({ id }: { id: string }) {
  const { dispatch } = useUi();
  const key = useCorpusKey();
  const [filter, setFilter] = useState('');
  const counterparts = useApiQuery(() => getBridge().counterparts({ id }), `${id}:${key}`);
  const docs = useDocuments(true);
  const close = () => dispatch({ type: 'pickCounterpart', id: null });
  const pick = (b: string) => dispatch({ type: 'compare', a: id, b });
  const self = docs.data?.find((d) => d.id === id);
  const shown = new Set([id, ...(counterparts.data ?? []).map((c) => c.meta.id)]);
  const others = (docs.data ?? []).filter((d) => !shown.has(d.id));
  const matches = filter.trim() ? filterDocuments(others, filter) : others.slice(0, UNFILTERED);

  return (
    <Modal title="Compare with…" onClose={close} className="wide picker">
      <div onKeyDown={moveFocus}>
        {self && <p className="muted pick-for">A: {self.title || visiblePath(self.path)} — {self.outlet}</p>}
        <h3>Same story elsewhere</h3>
        <ErrorNote error={counterparts.error} />
        {counterparts.loading && <p className="muted">Looking for the same story…</p>}
        {counterparts.data?.length === 0 && <p className="muted">No other article seems to cover this story.</p>}
        <ul className="pick-list" aria-label="Same story elsewhere">
          {counterparts.data?.map((c) => (
            <li key={c.meta.id}>
              <PickDoc meta={c.meta} onPick={pick}>
                {c.nearCopy && (
                  <span className="badge copy" title="Nearly the same text: a copy or a light edit">
                    copy
                  </span>
                )}
                <span className="score" title="How closely the two tell the same story">
                  {percent(c.score)} match
                </span>
              </PickDoc>
            </li>
          ))}
        </ul>
        <h3>
          <label htmlFor="pick-filter">Any other document</label>
        </h3>
        <input
          id="pick-filter"
          type="search"
          value={filter}
          autoFocus
          placeholder="Filter by title, outlet or file name"
          onChange={(e) => setFilter(e.target.value)}
        />
        <ErrorNote error={docs.error} />
        <ul className="pick-list" aria-label="Other documents">
          {matches.map((d) => (
            <li key={d.id}>
              <PickDoc meta={d} onPick={pick} />
            </li>
          ))}
        </ul>
        {!filter.trim() && others.length > UNFILTERED && (
          <p className="muted small">{(others.length - UNFILTERED).toLocaleString('en-GB')} more: type to narrow the list.</p>
        )}
        {!filter.trim() && docs.data && others.length === 0 && <p className="muted small">Every other document is listed above.</p>}
        {filter.trim() && docs.data && matches.length === 0 && <p className="muted small">No document matches “{filter.trim()}”.</p>}
      </div>
    </Modal>
  );
}
