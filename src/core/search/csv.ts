import type { SearchHit } from '../../shared/search-types';

// Each outlet and date with where it came from; an undated article has an empty date and date_source "none".
const HEADER = ['path', 'title', 'outlet', 'outlet_source', 'date', 'date_source', 'score', 'snippet'];

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
    lines.push([h.path, h.title, h.outlet, h.outletSource, h.date, h.dateSource, Number(h.score.toFixed(4)), snippet].map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
