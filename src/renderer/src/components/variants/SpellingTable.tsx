import type { VariantGroupView } from '../../contract';
import { evidenceLines } from '../../variants/evidence-lines';
import { describeReasons, ruleNames } from '../../../../shared/variant-reasons';
import { ConfidenceBadge } from './ConfidenceBadge';
import type { VariantActions } from './use-variant-actions';

interface SpellingTableProps {
  group: VariantGroupView;
  isName: boolean;
  busy: boolean;
  actions: VariantActions;
}

/**
 * Each spelling with its counts and, in plain words, why it joined the group: the spelling
 * rules that relate it to the main spelling, then what in the folder supports the join. A
 * spelling only a romanisation pattern links is marked possible.
 */
export function SpellingTable({ group, isName, busy, actions }: SpellingTableProps) {
  return (
    <table className="table spelling-table">
      <thead>
        <tr>
          <th scope="col">Spelling</th>
          <th scope="col" className="num">
            Mentions
          </th>
          <th scope="col" className="num">
            Articles
          </th>
          <th scope="col">Why it is in this group</th>
          {!isName && <th scope="col"><span className="visually-hidden">Actions</span></th>}
        </tr>
      </thead>
      <tbody>
        {group.spellings.map((s) => (
          <tr key={s.text}>
            <th scope="row">
              <button
                type="button"
                className="link-button spelling-link"
                aria-label={`Search ${s.text}`}
                title={`Search for the articles that write ${s.text}`}
                onClick={() => actions.searchSpelling(group, s.text)}
              >
                {s.text}
              </button>{' '}
              <ConfidenceBadge confidence={s.confidence} compact />
            </th>
            <td className="num">{s.count.toLocaleString('en-GB')}</td>
            <td className="num">{s.documents.toLocaleString('en-GB')}</td>
            <td className="reason" title={s.reasons[0]?.match === 'anchor' ? undefined : `Rules: ${ruleNames(s.reasons)}`}>
              {describeReasons(s.reasons)}
              <EvidenceList lines={evidenceLines(s)} />
            </td>
            {!isName && (
              <td className="row-action">
                <button
                  type="button"
                  className="small"
                  disabled={busy}
                  aria-label={`Split out ${s.text}`}
                  title={`Treat ${s.text} as a name of its own`}
                  onClick={() => void actions.split(group, s.text)}
                >
                  Split out
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EvidenceList({ lines }: { lines: string[] }) {
  if (!lines.length) return null;
  return (
    <ul className="evidence" aria-label="Evidence">
      {lines.map((l) => (
        <li key={l}>{l}.</li>
      ))}
    </ul>
  );
}
