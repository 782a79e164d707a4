import { useState, type FormEvent } from 'react';
import { getBridge } from '../../api/bridge';
import type { DocMeta } from '../../contract';
import { useStatus } from '../../hooks/use-status';
import { visiblePath } from '../../text/format';
import { ErrorNote } from '../common/ErrorNote';

/** The folder part of a corpus-relative path ('' for the opened folder itself). */
export function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/**
 * Correcting an outlet the parser got wrong, for one document or for its whole folder (a
 * folder per outlet is how many people file clippings).
 */
export function OutletEditor({ meta, onDone, scope: initialScope = 'document' }: { meta: DocMeta; onDone(changed: boolean): void; scope?: 'document' | 'folder' }) {
  const { accept } = useStatus();
  const [name, setName] = useState(meta.outletSource === 'none' ? '' : meta.outlet);
  const [scope, setScope] = useState<'document' | 'folder'>(initialScope);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const folder = folderOf(meta.path);

  const save = async (outlet: string | null) => {
    setBusy(true);
    setError(null);
    // A folder is keyed with its trailing "/" (the opened folder as ""), so it is never taken for a file.
    const res = await getBridge().setOutlet({ path: scope === 'folder' ? (folder ? `${folder}/` : '') : meta.path, outlet });
    setBusy(false);
    if (!res.ok) return setError(res.error.message);
    accept(res.value);
    onDone(true);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError('Type an outlet name, or use “Reset to automatic”.');
    void save(name.trim());
  };

  return (
    <form className="outlet-editor" onSubmit={submit} aria-label="Edit outlet">
      <label>
        Outlet name
        <input type="text" value={name} autoFocus maxLength={200} onChange={(e) => setName(e.target.value)} />
      </label>
      <fieldset>
        <legend className="visually-hidden">Apply to</legend>
        <label>
          <input type="radio" name="outlet-scope" checked={scope === 'document'} onChange={() => setScope('document')} />
          This document
        </label>
        <label>
          <input type="radio" name="outlet-scope" checked={scope === 'folder'} onChange={() => setScope('folder')} />
          Every document in {folder ? <bdi>{visiblePath(folder)}/</bdi> : 'the opened folder'}
        </label>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          Save outlet
        </button>
        <button type="button" disabled={busy} onClick={() => void save(null)}>
          Reset to automatic
        </button>
        <button type="button" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
      <ErrorNote error={error} />
    </form>
  );
}
