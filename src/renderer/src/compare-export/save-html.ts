import { getShell } from '../api/bridge';

/** Saves an HTML file: the native save dialog in Electron, a download in the browser. */
export async function saveHtml(name: string, html: string): Promise<{ saved: boolean; where: string | null }> {
  const shell = getShell();
  if (shell) {
    const res = await shell.saveFile({ suggestedName: name, content: html });
    return { saved: res.saved, where: res.path };
  }
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
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
