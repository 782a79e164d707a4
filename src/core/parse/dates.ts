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

// Where an article states its own date: the few paragraphs under the headline (a date line,
// a byline, a dateline), before the story itself starts. Dates anywhere else are events.
const HEADER_PARAS = 6;
// A paragraph this long is the story's own prose: the header block ends with it.
const BODY_PARA = 200;

/**
 * The date an article gives itself, from its header block only: a line that is just a date
 * ("February 11, 2022", "Published 3 October 2024, 10:02 BST"), a byline line with a date
 * ("By Ana Ruiz, 3 October 2024"), or a dateline opening the story ("KYIV, 8 October 2024
 * (Capital Wire) – …"). A date the story mentions ("went to Moscow on 3 March 2019") is not one.
 * A "Published" line wins over an "Updated" one.
 */
export function findOwnDate(text: string): string | null {
  let updated: string | null = null;
  for (const raw of text.split(/\n+/).slice(0, HEADER_PARAS)) {
    const p = raw.trim();
    if (!p) continue;
    const own = headerLineDate(p) ?? bylineDate(p) ?? datelineDate(p);
    if (own) {
      if (!UPDATED.test(p)) return own;
      updated ??= own;
    }
    if (p.length > BODY_PARA) break;
  }
  return updated;
}

const UPDATED = /^(?:last )?(?:updated|modified)\b/i;

function headerLineDate(p: string): string | null {
  return isDateLine(p) ? findDateIn(p) : null;
}

// "By Ana Ruiz, 3 October 2024", "By Andrew Roth in Moscow | Thu 10 Feb 2022", "Posted by Ana Ruiz on 2022-02-10":
// a name, then the date. "By 31 December 2004, the airline…" and "By Friday, 3 October…" are sentences.
const BYLINE_START = /^(?:[Bb]y|(?:Posted|Published|Written|Filed) by)\s+(\p{Lu}[\p{L}'’.-]+)(?:\s+(?:\p{Lu}[\p{L}'’.-]+|and|de|van|von|al|bin))*\s*(?:[,|–—-]|\s(?:on|in|at)\s)/u;
const NOT_A_NAME = new RegExp(`^(?:${MONTH}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|early|late|mid|the|this|last|next)$`, 'i');
function bylineDate(p: string): string | null {
  const m = p.length <= 160 ? BYLINE_START.exec(p) : null;
  return m && !NOT_A_NAME.test(m[1]) ? findDateIn(p) : null;
}

const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const DATELINE_DATE = `(\\d{4}-\\d{2}-\\d{2}|${MONTH}\\s+${DAY},?\\s+${YEAR}|${DAY}\\s+${MONTH},?\\s+${YEAR})`;
// "KYIV, 8 October 2024 (Capital Wire) –", "WASHINGTON, D.C., Feb. 10, 2022 —", "MOSCOW, Russia, 10 Feb 2022:".
const DATELINE = new RegExp(
  `^[\\p{Lu}][\\p{Lu}\\p{M} .'’-]{1,40}(?:,\\s*[\\p{L}\\p{M} .'’-]{1,30}){0,2},\\s*${WEEKDAY}${DATELINE_DATE}\\s*(?:\\([^()]{1,40}\\))?\\s*[-–—:]`,
  'iu',
);
function datelineDate(p: string): string | null {
  const m = DATELINE.exec(p);
  // The place is written in capitals: "KYIV", not a sentence's first word.
  if (!m || !/^[\p{Lu}\p{M} .'’-]{2,}[,\s]/u.test(p)) return null;
  return findDateIn(m[1]);
}

// A news site's own link often carries the day it was published: /2016/09/29/ or /2022-02-10/.
const URL_DATE = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:\/|$)/;

/** The publication day written in an article's own URL path, or null. */
export function dateFromUrl(url: string | null | undefined): string | null {
  const path = url ? /^(?:https?:)?\/\/[^/?#]+(\/[^?#]*)/i.exec(url.trim())?.[1] : undefined;
  const m = path ? URL_DATE.exec(path) : null;
  return m ? ymd(+m[1], +m[2], +m[3]) : null;
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
