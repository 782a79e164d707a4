import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { getBridge } from '../../api/bridge';
import type { DocMeta } from '../../contract';
import { useApiQuery } from '../../hooks/use-api-query';
import { filterDocuments, useDocuments } from '../../hooks/use-documents';
import { useCorpusKey } from '../../hooks/use-status';
import { useUi } from '../../state/ui-context';
import { visiblePath } from '../../text/format';
import { ErrorNote } from '../common/ErrorNote';
import { Modal } from '../common/Modal';
import { SIMILARITY_DEFINITION } from '../../../../shared/compare-labels';
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
  const filterBox = useRef<HTMLInputElement>(null);
  // After the dialog's own effect has opened it (autoFocus fires while it is still closed): typing
  // narrows the list at once, ↓ goes to the best counterpart.
  useEffect(() => filterBox.current?.focus(), []);
  const counterparts = useApiQuery(() => getBridge().counterparts({ id }), `${id}:${key}`);
  const docs = useDocuments(true);
  const close = () => dispatch({ type: 'pickCounterpart', id: null });
  const pick = (b: string) => dispatch({ type: 'compare', a: id, b });
  const self = docs.data?.find((d) => d.id === id);
  const words = filter.trim();
  // One filter for both lists, so it can sit on top and ↓ runs through everything in order.
  const keep = (m: DocMeta) => !words || filterDocuments([m], words).length > 0;
  const found = (counterparts.data ?? []).filter((c) => keep(c.meta));
  const shown = new Set([id, ...(counterparts.data ?? []).map((c) => c.meta.id)]);
  const others = (docs.data ?? []).filter((d) => !shown.has(d.id));
  const matches = words ? filterDocuments(others, words) : others.slice(0, UNFILTERED);

  return (
    <Modal title="Compare with…" onClose={close} className="wide picker">
      <div onKeyDown={moveFocus}>
        {self && <p className="muted pick-for">A: {self.title || visiblePath(self.path)} — {self.outlet}</p>}
        <input
          id="pick-filter"
          type="search"
          ref={filterBox}
          value={filter}
          aria-label="Filter documents"
          placeholder="Filter by title, outlet or file name"
          onChange={(e) => setFilter(e.target.value)}
        />
        <h3>Same story elsewhere</h3>
        <ErrorNote error={counterparts.error} />
        {counterparts.loading && <p className="muted">Looking for the same story…</p>}
        {counterparts.data?.length === 0 && <p className="muted small">No other article seems to cover this story.</p>}
        {!!counterparts.data?.length && <p className="muted small similarity-definition">{SIMILARITY_DEFINITION}</p>}
        {words && counterparts.data?.length !== 0 && found.length === 0 && <p className="muted small">None matches “{words}”.</p>}
        <ul className="pick-list" aria-label="Same story elsewhere">
          {found.map((c) => (
            <li key={c.meta.id}>
              <PickDoc meta={c.meta} onPick={pick}>
                {c.nearCopy && (
                  <span className="badge copy" title="Nearly the same text: a copy or a light edit">
                    copy
                  </span>
                )}
                <span className="score" title={`${SIMILARITY_DEFINITION} The same figure as the comparison's summary.`}>
                  {percent(c.similarity)} similar
                </span>
              </PickDoc>
            </li>
          ))}
        </ul>
        <h3>Any other document</h3>
        <ErrorNote error={docs.error} />
        <ul className="pick-list" aria-label="Other documents">
          {matches.map((d) => (
            <li key={d.id}>
              <PickDoc meta={d} onPick={pick} />
            </li>
          ))}
        </ul>
        {!words && others.length > UNFILTERED && (
          <p className="muted small">{(others.length - UNFILTERED).toLocaleString('en-GB')} more: type to narrow the list.</p>
        )}
        {!words && docs.data && others.length === 0 && <p className="muted small">Every other document is listed above.</p>}
        {words && docs.data && matches.length === 0 && <p className="muted small">No other document matches “{words}”.</p>}
      </div>
    </Modal>
  );
}
