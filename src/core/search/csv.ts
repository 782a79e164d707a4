import type { SearchHit } from '../../shared/search-types';

const HEADER = ['path', 'title', 'outlet', 'date', 'score', 'snippet'];

/** RFC 4180 cell; a leading = + - @ is defused so a spreadsheet never runs article text as a formula. */
export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

export function resultsToCsv(hits: SearchHit[]): string {
  const lines = [HEADER.join(',')];
  for (const h of hits) {
    const snippet = h.snippets.map((s) => s.text.replace(/\s+/g, ' ').trim()).join(' … ');
    lines.push([h.path, h.title, h.outlet, h.date, Number(h.score.toFixed(4)), snippet].map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
