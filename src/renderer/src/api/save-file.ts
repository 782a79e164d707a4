import { getShell } from './bridge';

/**
 * Saves text the user exported: the native save dialog in Electron, a download in the
 * browser. One path for CSV results and HTML comparisons alike.
 */
export async function saveTextFile(name: string, content: string, mime: string): Promise<{ saved: boolean; where: string | null }> {
  const shell = getShell();
  if (shell) {
    const res = await shell.saveFile({ suggestedName: name, content });
    return { saved: res.saved, where: res.path };
  }
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started by now; give the browser a moment before revoking.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true, where: name };
}
