import { saveTextFile } from './save-file';

export const CSV_NAME = 'parallax-results.csv';

/** Saves CSV text, with a BOM so spreadsheet programs read UTF-8 names (Sergéi, Москва) correctly. */
export function saveCsv(csv: string): Promise<{ saved: boolean; where: string | null }> {
  return saveTextFile(CSV_NAME, csv.startsWith('\ufeff') ? csv : `\ufeff${csv}`, 'text/csv;charset=utf-8');
}
