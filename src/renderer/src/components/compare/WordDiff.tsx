import type { WordChange } from '../../../../shared/compare-types';
import { diffParts } from './model/diff-parts';
import { reasonLabel } from './model/labels';

/**
 * A quotation as the other side renders it: its own words struck where dropped, the other
 * side's words marked where added. Built from the change list's strings, never from markup.
 */
export function WordDiff({ changes, hideSpelling }: { changes: readonly WordChange[]; hideSpelling: boolean }) {
  return (
    <span className="word-diff">
      {diffParts(changes, hideSpelling).map((p, i) => {
        if (p.style === 'del') return <del key={i} className="diff diff-del">{p.text}</del>;
        if (p.style === 'ins') return <ins key={i} className="diff diff-ins">{p.text}</ins>;
        if (p.style === 'spell') {
          return (
            <span key={i} className="diff diff-spell" title={`Spelling only (${reasonLabel(p.reason)}): was “${p.was ?? ''}”`}>
              {p.text}
            </span>
          );
        }
        return <span key={i}>{p.text}</span>;
      })}
    </span>
  );
}
