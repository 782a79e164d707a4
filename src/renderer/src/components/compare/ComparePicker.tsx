import { useState } from 'react';
import { getBridge } from '../../api/bridge';
import type { DocMeta } from '../../contract';
import { useApiQuery } from '../../hooks/use-api-query';
import { filterDocuments, useDocuments } from '../../hooks/use-documents';
import { useCorpusKey } from '../../hooks/use-status';
import { useUi } from '../../state/ui-context';
import { formatDate, visiblePath } from '../../text/format';
import { ErrorNote } from '../common/ErrorNote';
import { Modal } from '../common/Modal';

function DocLabel({ meta }: { meta: DocMeta }) {
  return (
    <span className="pick-main">
      <span className="pick-title">{meta.title || visiblePath(meta.path)}</span>
      <span className="muted small">
        {meta.outlet}, {formatDate(meta.date)}
      </span>
    </span>
  );
}

/** "Compare with…": the same story in other outlets first, any other document on request. */
export function ComparePicker({ id }: { id: string }) {
  const { dispatch } = useUi();
  const key = useCorpusKey();
  const [filter, setFilter] = useState('');
  const counterparts = useApiQuery(() => getBridge().counterparts({ id }), `${id}:${key}`);
  const docs = useDocuments(filter.trim().length > 0);
  const close = () => dispatch({ type: 'pickCounterpart', id: null });
  const pick = (b: string) => dispatch({ type: 'compare', a: id, b });
  const matches = docs.data ? filterDocuments(docs.data, filter).filter((d) => d.id !== id) : [];

  return (
    <Modal title="Compare with…" onClose={close} className="wide">
      <h3>Same story elsewhere</h3>
      <ErrorNote error={counterparts.error} />
      {counterparts.loading && <p className="muted">Looking for the same story…</p>}
      {counterparts.data?.length === 0 && <p className="muted">No other article seems to cover this story.</p>}
      <ul className="pick-list">
        {counterparts.data?.map((c) => (
          <li key={c.meta.id}>
            <button type="button" className="pick" onClick={() => pick(c.meta.id)}>
              <DocLabel meta={c.meta} />
              <span className="score">{Math.round(c.score * 100)}% similar</span>
              {c.nearCopy && <span className="badge">near copy</span>}
            </button>
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
        placeholder="Title, outlet or file name"
        onChange={(e) => setFilter(e.target.value)}
      />
      <ErrorNote error={docs.error} />
      <ul className="pick-list">
        {matches.map((d) => (
          <li key={d.id}>
            <button type="button" className="pick" onClick={() => pick(d.id)}>
              <DocLabel meta={d} />
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
