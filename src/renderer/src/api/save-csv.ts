import { getShell } from './bridge';

export const CSV_NAME = 'parallax-results.csv';

/** Saves CSV text: the native save dialog in Electron, a download in the browser. */
export async function saveCsv(csv: string): Promise<{ saved: boolean; where: string | null }> {
  const shell = getShell();
  if (shell) {
    const res = await shell.saveFile({ suggestedName: CSV_NAME, content: csv });
    return { saved: res.saved, where: res.path };
  }
  // A BOM so spreadsheet programs read the UTF-8 names (Sergéi, Москва) correctly.
  const blob = new Blob([csv.startsWith('\ufeff') ? csv : `\ufeff${csv}`], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = CSV_NAME;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started by now; give the browser a moment before revoking.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true, where: CSV_NAME };
}
