import { useMemo, useState } from 'react';
import type { DocMeta } from '../../contract';
import { useDocuments } from '../../hooks/use-documents';
import { DATE_SOURCE, OUTLET_SOURCE, formatCount, formatDate, visiblePath } from '../../text/format';
import { ExternalLink } from '../common/ExternalLink';
import { DateEditor } from './DateEditor';
import { OutletEditor, folderOf } from './OutletEditor';

type Editing = null | 'outlet' | 'folder-outlet' | 'date';

/** The folder to offer setting an outlet for: this document's, when most of its documents name no outlet. */
function useUnknownFolder(meta: DocMeta): string | null {
  const unknown = meta.outletSource === 'none';
  const docs = useDocuments(unknown);
  return useMemo(() => {
    if (!unknown || !docs.data) return null;
    const folder = folderOf(meta.path);
    const inFolder = docs.data.filter((d) => folderOf(d.path) === folder);
    const none = inFolder.filter((d) => d.outletSource === 'none').length;
    return inFolder.length > 1 && none * 2 > inFolder.length ? folder : null;
  }, [unknown, docs.data, meta.path]);
}

export function ReaderHeader({ meta, onOutletChanged }: { meta: DocMeta; onOutletChanged(): void }) {
  const [editing, setEditing] = useState<Editing>(null);
  const unknownFolder = useUnknownFolder(meta);
  return (
    <header className="doc-header">
      <h2 className="doc-title">{meta.title || visiblePath(meta.path)}</h2>
      <dl className="doc-meta">
        <div>
          <dt>Outlet</dt>
          <dd>
            <span className="outlet">{meta.outlet}</span> <span className="muted">({OUTLET_SOURCE[meta.outletSource]})</span>{' '}
            {!editing && (
              <button type="button" className="small" onClick={() => setEditing('outlet')}>
                Edit outlet
              </button>
            )}{' '}
            {!editing && unknownFolder !== null && (
              <button type="button" className="small" onClick={() => setEditing('folder-outlet')}>
                Set the outlet of {unknownFolder ? <bdi>{visiblePath(unknownFolder)}/</bdi> : 'the opened folder'} …
              </button>
            )}
          </dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>
            <span className={meta.date ? 'date' : 'date no-date'}>{formatDate(meta.date)}</span> <span className="muted">({DATE_SOURCE[meta.dateSource]})</span>{' '}
            {!editing && (
              <button type="button" className="small" onClick={() => setEditing('date')}>
                {meta.date ? 'Edit date' : 'Set date'}
              </button>
            )}
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
      {(editing === 'outlet' || editing === 'folder-outlet') && (
        <OutletEditor
          meta={meta}
          scope={editing === 'folder-outlet' ? 'folder' : 'document'}
          onDone={(changed) => {
            setEditing(null);
            if (changed) onOutletChanged();
          }}
        />
      )}
      {editing === 'date' && (
        <DateEditor
          meta={meta}
          onDone={(changed) => {
            setEditing(null);
            if (changed) onOutletChanged();
          }}
        />
      )}
    </header>
  );
}
