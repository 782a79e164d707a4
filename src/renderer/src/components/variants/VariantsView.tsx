import { getBridge } from '../../api/bridge';
import type { VariantGroupView } from '../../contract';
import { useApiQuery } from '../../hooks/use-api-query';
import { useCorpusKey } from '../../hooks/use-status';
import { useUi } from '../../state/ui-context';
import { formatCount } from '../../text/format';
import { ErrorNote } from '../common/ErrorNote';

function outletsText(outlets: Record<string, number>): string {
  return Object.entries(outlets)
    .sort((a, b) => b[1] - a[1])
    .map(([o, n]) => `${o} (${n})`)
    .join(', ');
}

function GroupTable({ group, onSearch }: { group: VariantGroupView; onSearch(label: string): void }) {
  return (
    <article className="variant-group" aria-labelledby={`group-${group.id}`}>
      <header className="story-head">
        <h3 id={`group-${group.id}`}>{group.label}</h3>
        <span className="muted">{formatCount(group.spellings.length, 'spelling')}</span>
        <button type="button" className="small" onClick={() => onSearch(group.label)}>
          Search {group.label}
        </button>
      </header>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Spelling</th>
            <th scope="col" className="num">Times</th>
            <th scope="col" className="num">Articles</th>
            <th scope="col">Outlets</th>
            <th scope="col">Why grouped</th>
          </tr>
        </thead>
        <tbody>
          {group.spellings.map((s) => (
            <tr key={s.text}>
              <td>
                <strong>{s.text}</strong>
              </td>
              <td className="num">{s.count.toLocaleString('en-GB')}</td>
              <td className="num">{s.documents.toLocaleString('en-GB')}</td>
              <td>{outletsText(s.outlets)}</td>
              <td className="muted">{s.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}

export function VariantsView() {
  const { dispatch } = useUi();
  const key = useCorpusKey();
  const res = useApiQuery(() => getBridge().variants({}), key);
  const search = (label: string) => dispatch({ type: 'submit', query: label });
  return (
    <section className="list-view" aria-label="Variants">
      <ErrorNote error={res.error} />
      {res.loading && !res.data && <p className="muted">Loading name spellings…</p>}
      {res.data && (
        <>
          <p className="muted">
            {formatCount(res.data.groups.length, 'name')} written more than one way. A search for one spelling also finds the
            others.
          </p>
          {res.data.groups.map((g) => (
            <GroupTable key={g.id} group={g} onSearch={search} />
          ))}
          {res.data.names.length > 0 && (
            <details className="names">
              <summary>Other names ({res.data.names.length.toLocaleString('en-GB')})</summary>
              <ul className="chips">
                {res.data.names.map((n) => (
                  <li key={n.id} className="chip">
                    {n.label}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
