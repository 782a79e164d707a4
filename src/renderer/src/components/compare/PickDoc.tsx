import type { ReactNode } from 'react';
import type { DocMeta } from '../../contract';
import { formatDate, visiblePath } from '../../text/format';

/** One choice in "Compare with…": title over outlet and date, extras (score, copy) on the right. */
export function PickDoc({ meta, onPick, children }: { meta: DocMeta; onPick(id: string): void; children?: ReactNode }) {
  return (
    <button type="button" className="pick" onClick={() => onPick(meta.id)}>
      <span className="pick-main">
        <span className="pick-title">{meta.title || visiblePath(meta.path)}</span>
        <span className="muted small">
          {meta.outlet}, {formatDate(meta.date)}
        </span>
      </span>
      {children}
    </button>
  );
}
