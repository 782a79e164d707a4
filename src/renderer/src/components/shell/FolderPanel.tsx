import { useState, type FormEvent } from 'react';
import { getBridge, getShell } from '../../api/bridge';
import { useApiQuery } from '../../hooks/use-api-query';
import { useStatus } from '../../hooks/use-status';
import { visiblePath } from '../../text/format';
import { ErrorNote } from '../common/ErrorNote';

/**
 * Opening a folder. A browser cannot show a native folder dialog, so the path is typed or
 * pasted; Electron adds its dialog. A bad path shows the API's own explanation inline.
 */
export function FolderPanel({ onDone }: { onDone(): void }) {
  const { status, openFolder } = useStatus();
  const shell = getShell();
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const recent = useApiQuery(() => getBridge().recentFolders({}), `recent:${status?.generation ?? 0}`);

  const open = async (target: string) => {
    const trimmed = target.trim();
    if (!trimmed) {
      setError('Type or paste the path of a folder.');
      return;
    }
    setBusy(true);
    setError(null);
    const res = await openFolder(trimmed);
    setBusy(false);
    if (res.ok) onDone();
    else setError(res.error.message);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void open(path);
  };

  const choose = async () => {
    const picked = await shell?.chooseFolder();
    if (picked) {
      setPath(picked);
      void open(picked);
    }
  };

  return (
    <div
      className="folder-panel"
      role="group"
      aria-label="Open a folder"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone();
        }
      }}
    >
      <form onSubmit={submit} className="folder-form">
        <label htmlFor="folder-path">Folder path</label>
        <input
          id="folder-path"
          type="text"
          value={path}
          spellCheck={false}
          autoComplete="off"
          autoFocus
          placeholder={shell ? '/path/to/articles, or choose…' : 'Paste the path of a folder of articles'}
          onChange={(e) => setPath(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'folder-error' : undefined}
        />
        <button type="submit" className="primary" disabled={busy}>
          Open
        </button>
        {shell && (
          <button type="button" onClick={() => void choose()} disabled={busy}>
            Choose folder…
          </button>
        )}
        {status?.folder && (
          <button type="button" onClick={onDone}>
            Close
          </button>
        )}
      </form>
      <div id="folder-error">
        <ErrorNote error={error} />
      </div>
      {recent.data && recent.data.length > 0 && (
        <section className="recent" aria-label="Recent folders">
          <h3>Recent folders</h3>
          <ul>
            {recent.data.map((f) => (
              <li key={f}>
                <button type="button" className="link-button" onClick={() => void open(f)} disabled={busy}>
                  {visiblePath(f)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
