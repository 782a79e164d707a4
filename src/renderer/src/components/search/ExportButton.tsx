import { useEffect, useState } from 'react';
import { getBridge } from '../../api/bridge';
import { saveCsv } from '../../api/save-csv';
import type { SearchRequest } from '../../contract';

/** Exports every result of the current search (not only the loaded pages) as CSV. */
export function ExportButton({ request, disabled }: { request: SearchRequest; disabled: boolean }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  // "Exported 12 rows" belongs to the search it was said about.
  useEffect(() => setMessage(null), [request]);

  const run = async () => {
    setBusy(true);
    setMessage(null);
    const res = await getBridge().exportCsv(request);
    if (!res.ok) {
      setBusy(false);
      setMessage({ text: res.error.message, error: true });
      return;
    }
    try {
      const saved = await saveCsv(res.value.csv);
      if (saved.saved) setMessage({ text: `Exported ${res.value.rows.toLocaleString('en-GB')} rows`, error: false });
    } catch (e) {
      setMessage({ text: `Could not save the file: ${e instanceof Error ? e.message : String(e)}`, error: true });
    }
    setBusy(false);
  };

  return (
    <span className="export">
      <button type="button" onClick={() => void run()} disabled={disabled || busy}>
        Export CSV
      </button>
      {message && (
        <span role={message.error ? 'alert' : 'status'} className={message.error ? 'error-text' : 'muted'}>
          {message.text}
        </span>
      )}
    </span>
  );
}
