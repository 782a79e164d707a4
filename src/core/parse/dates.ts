/** Dates as articles and pages write them, to YYYY-MM-DD. Calendar-checked; nothing is guessed. */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';

const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])/;
const SLASHED_ISO = /(?<![\d/])(\d{4})\/(\d{2})\/(\d{2})(?![\d/])/;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'i');

// Older than this is almost certainly a historical reference, not the publication date.
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

export function ymd(year: number, month: number, day: number): string | null {
  if (!(year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1)) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const monthNumber = (name: string) => MONTHS[name.toLowerCase().slice(0, 3)];

/**
 * A metadata date ("2022-02-10T09:00:00+03:00", "Thu, 10 Feb 2022 …", "February 10, 2022")
 * as the calendar day it names. The written day is kept: no shift to UTC, since the outlet's
 * local date is the one readers see.
 */
export function parseDateString(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s);
  if (iso) return ymd(+iso[1], +iso[2], +iso[3]);
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s);
  if (compact) return ymd(+compact[1], +compact[2], +compact[3]);
  return findDateIn(s);
}

function findDateIn(s: string): string | null {
  const candidates: { index: number; date: string | null }[] = [];
  for (const re of [ISO, SLASHED_ISO]) {
    const m = re.exec(s);
    if (m) candidates.push({ index: m.index, date: ymd(+m[1], +m[2], +m[3]) });
  }
  const mdy = MONTH_DAY_YEAR.exec(s);
  if (mdy) candidates.push({ index: mdy.index, date: ymd(+mdy[3], monthNumber(mdy[1]), +mdy[2]) });
  const dmy = DAY_MONTH_YEAR.exec(s);
  if (dmy) candidates.push({ index: dmy.index, date: ymd(+dmy[3], monthNumber(dmy[2]), +dmy[1]) });
  const valid = candidates.filter((c) => c.date !== null).sort((a, b) => a.index - b.index);
  return valid[0]?.date ?? null;
}

// Dates further down are usually events the article reports, not when it was written.
const TOP_CHARS = 2500;

/** The first plausible full date near the top of an article's text, or null. */
export function findDateInText(text: string): string | null {
  const top = text.slice(0, TOP_CHARS);
  // Scan paragraph by paragraph so the earliest date wins whichever way it is written.
  for (const para of top.split(/\n+/)) {
    const d = findDateIn(para);
    if (d) return d;
  }
  return null;
}

const DATE_ANY = `(?:\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.+-]+Z?)?|${MONTH}\\s+${DAY},?\\s+${YEAR}|${DAY}\\s+${MONTH},?\\s+${YEAR})`;
const DATE_LINE = new RegExp(
  `^(?:(?:first |last )?(?:published|updated|posted|modified)(?: on)?:?\\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?${DATE_ANY}(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?)?$`,
  'i',
);

/** True for a line that is only a date (a page's "Published 3 October 2024, 10:02 BST"): page furniture. */
export function isDateLine(line: string): boolean {
  return line.length <= 80 && DATE_LINE.test(line.trim());
}

/** The file's modification time as a UTC calendar day, or null for a missing or epoch time. */
export function dateFromMtime(mtimeMs: number): string | null {
  if (!Number.isFinite(mtimeMs) || mtimeMs <= 0 || mtimeMs > 8.64e15) return null;
  return new Date(mtimeMs).toISOString().slice(0, 10);
}
