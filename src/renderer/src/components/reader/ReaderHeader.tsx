import { useState } from 'react';
import type { DocMeta } from '../../contract';
import { formatCount, formatDate, visiblePath } from '../../text/format';
import { ExternalLink } from '../common/ExternalLink';
import { OutletEditor } from './OutletEditor';

const DATE_SOURCE: Record<string, string> = { mtime: '(file date)', text: '(from the text)', metadata: '' };
const OUTLET_SOURCE: Record<string, string> = {
  override: '(set by you)',
  url: '(from the link)',
  text: '(from the text)',
  unknown: '(not found)',
  metadata: '',
};

export function ReaderHeader({ meta, onOutletChanged }: { meta: DocMeta; onOutletChanged(): void }) {
  const [editing, setEditing] = useState(false);
  return (
    <header className="doc-header">
      <h2 className="doc-title">{meta.title || visiblePath(meta.path)}</h2>
      <dl className="doc-meta">
        <div>
          <dt>Outlet</dt>
          <dd>
            <span className="outlet">{meta.outlet}</span> <span className="muted">{OUTLET_SOURCE[meta.outletSource] ?? ''}</span>{' '}
            {!editing && (
              <button type="button" className="small" onClick={() => setEditing(true)}>
                Edit outlet
              </button>
            )}
          </dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>
            {formatDate(meta.date)} <span className="muted">{meta.dateSource ? DATE_SOURCE[meta.dateSource] : ''}</span>
          </dd>
        </div>
        {meta.byline && (
          <div>
            <dt>By</dt>
            <dd>{meta.byline}</dd>
          </div>
        )}
        <div>
          <dt>Length</dt>
          <dd>{formatCount(meta.words, 'word')}</dd>
        </div>
        {meta.url && (
          <div className="doc-url">
            <dt>Link</dt>
            <dd>
              <ExternalLink href={meta.url}>{meta.url}</ExternalLink>
            </dd>
          </div>
        )}
        <div className="doc-file">
          <dt>File</dt>
          <dd>
            <bdi className="path">{visiblePath(meta.path)}</bdi> <span className="muted">{meta.format} · {meta.encoding}</span>
          </dd>
        </div>
      </dl>
      {editing && (
        <OutletEditor
          meta={meta}
          onDone={(changed) => {
            setEditing(false);
            if (changed) onOutletChanged();
          }}
        />
      )}
    </header>
  );
}
