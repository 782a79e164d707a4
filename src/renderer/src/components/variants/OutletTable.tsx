import type { CSSProperties } from 'react';
import type { VariantGroupView } from '../../contract';
import { outletTable } from '../../variants/group-stats';

/**
 * Who writes which spelling: outlets down, spellings across, mentions in the cells. Each cell is
 * shaded by its share of the outlet's mentions and an outlet's usual spelling is set in bold,
 * so "Sky News writes Sergei, ITV once wrote Sergay" reads at a glance.
 */
export function OutletTable({ group }: { group: VariantGroupView }) {
  const rows = outletTable(group);
  if (!rows.length) return <p className="muted">No outlet recorded for these spellings.</p>;
  return (
    <div className="outlet-table-wrap">
      <table className="table outlet-table">
        <thead>
          <tr>
            <th scope="col">Outlet</th>
            {group.spellings.map((s) => (
              <th key={s.text} scope="col" className="num">
                {s.text}
              </th>
            ))}
            <th scope="col">Mostly writes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.outlet}>
              <th scope="row">{r.outlet}</th>
              {r.counts.map((n, i) => (
                <td
                  key={group.spellings[i].text}
                  className={`num${n ? ' share' : ''}${r.main.includes(i) ? ' main' : ''}`}
                  style={{ '--share': `${Math.round((n / r.total) * 100)}%` } as CSSProperties}
                >
                  {n ? (
                    n.toLocaleString('en-GB')
                  ) : (
                    <>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">none</span>
                    </>
                  )}
                </td>
              ))}
              <td>{r.main.map((i) => group.spellings[i].text).join(' and ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
