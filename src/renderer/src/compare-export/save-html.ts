import { saveTextFile } from '../api/save-file';

/** Saves an exported comparison page. */
export function saveHtml(name: string, html: string): Promise<{ saved: boolean; where: string | null }> {
  return saveTextFile(name, html, 'text/html;charset=utf-8');
}
