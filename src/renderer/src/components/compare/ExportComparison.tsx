import { useState } from 'react';
import type { ComparisonView } from '../../contract';
import { comparisonToHtml, exportFileName } from '../../compare-export/comparison-to-html';
import { saveHtml } from '../../compare-export/save-html';

/** Saves the comparison as it is shown (spelling-only differences included or not) to one HTML file. */
export function ExportComparison({ view, hideSpelling }: { view: ComparisonView | null; hideSpelling: boolean }) {
  const [message, setMessage] = useState<{ text: string; title?: string; error: boolean } | null>(null);
  const run = async () => {
    if (!view) return;
    setMessage(null);
    try {
      const res = await saveHtml(exportFileName(view), comparisonToHtml(view, { hideSpelling }));
      // Just "Saved": the file name is long and the toolbar must not wrap under it.
      if (res.saved) setMessage({ text: 'Saved', title: res.where ?? '', error: false });
    } catch (e) {
      setMessage({ text: `Could not save the file: ${e instanceof Error ? e.message : String(e)}`, error: true });
    }
  };
  return (
    <span className="export">
      <button type="button" disabled={!view} onClick={() => void run()}>
        Export HTML
      </button>
      {message && (
        <span role={message.error ? 'alert' : 'status'} className={message.error ? 'error-text' : 'muted small'} title={message.title}>
          {message.text}
        </span>
      )}
    </span>
  );
}
