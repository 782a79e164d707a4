import { useState, type FormEvent } from 'react';
import { getBridge } from '../../api/bridge';
import type { DocMeta } from '../../contract';
import { useStatus } from '../../hooks/use-status';
import { ErrorNote } from '../common/ErrorNote';

/**
 * Setting or correcting a document's publication date, when the article gives none or the
 * wrong one. Saved beside the index, like the outlet; "Use the article's date" clears it.
 */
export function DateEditor({ meta, onDone }: { meta: DocMeta; onDone(changed: boolean): void }) {
  const { accept } = useStatus();
  const [date, setDate] = useState(meta.date ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (value: string | null) => {
    setBusy(true);
    setError(null);
    const res = await getBridge().setDate({ path: meta.path, date: value });
    setBusy(false);
    if (!res.ok) return setError(res.error.message);
    accept(res.value);
    onDone(true);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError('Pick a day, or use “Use the article’s date”.');
    void save(date);
  };

  return (
    <form className="outlet-editor" onSubmit={submit} aria-label="Edit date">
      <label>
        Publication date
        <input type="date" value={date} autoFocus min="1900-01-01" max="2100-12-31" onChange={(e) => setDate(e.target.value)} />
      </label>
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          Save date
        </button>
        <button type="button" disabled={busy || meta.dateSource !== 'user'} onClick={() => void save(null)}>
          Use the article’s date
        </button>
        <button type="button" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
      <ErrorNote error={error} />
    </form>
  );
}
