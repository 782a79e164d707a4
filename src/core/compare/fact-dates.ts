import type { TextRange } from './types';

/** A date as written, with whichever parts it names. */
export interface DateMention {
  text: string;
  range: TextRange;
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

// Longest forms first: a match consumes its text, so "10 February 2022" is one date, not three.
const PATTERNS: [RegExp, (m: RegExpExecArray) => Omit<DateMention, 'text' | 'range'>][] = [
  [/\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g, (m) => ({ year: +m[1], month: +m[2], day: +m[3] })],
  [new RegExp(`\\b${MONTH}\\s${DAY}(?:,?\\s${YEAR})?\\b`, 'g'), (m) => ({ month: month(m[1]), day: +m[2], year: m[3] ? +m[3] : undefined })],
  [new RegExp(`\\b${DAY}\\s(?:of\\s)?${MONTH}(?:,?\\s${YEAR})?\\b`, 'g'), (m) => ({ day: +m[1], month: month(m[2]), year: m[3] ? +m[3] : undefined })],
  [new RegExp(`\\b${MONTH}(?:,?\\s${YEAR})?(?![\\w])`, 'g'), (m) => ({ month: month(m[1]), year: m[2] ? +m[2] : undefined })],
  [/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, (m) => ({ weekday: WEEKDAYS.indexOf(m[1].toLowerCase()) })],
  // A bare year only after a word that introduces one: "2000 troops" is a number.
  [/(?<=\b(?:in|since|until|till|by|from|of|to|before|after|during|early|late|mid|year|season|spring|summer|autumn|fall|winter)\s)((?:19|20)\d\d)\b(?![.,]\d|\d|%)/gi, (m) => ({ year: +m[1] })],
];

function month(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

/** Dates in a text. "May" alone is skipped: it is far more often the verb. */
export function findDates(text: string): DateMention[] {
  const taken = new Uint8Array(text.length);
  const out: DateMention[] = [];
  for (const [re, parts] of PATTERNS) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(text)) !== null; ) {
      const range = { start: m.index, end: m.index + m[0].length };
      if (taken[range.start] || taken[range.end - 1]) continue;
      const p = parts(m);
      if (p.day !== undefined && (p.day < 1 || p.day > 31)) continue;
      if (m[0] === 'May' || (p.month !== undefined && p.day === undefined && p.year === undefined && /^May\b/.test(m[0]))) continue;
      taken.fill(1, range.start, range.end);
      out.push({ text: m[0], range, ...p });
    }
  }
  return out.sort((x, y) => x.range.start - y.range.start);
}

/** One date key per distinct date, for grouping repeated mentions. */
export function dateKey(d: DateMention): string {
  return `${d.year ?? ''}-${d.month ?? ''}-${d.day ?? ''}-${d.weekday ?? ''}`;
}

/**
 * True when `other` names the same date as `d`: no part contradicts and `other` gives the
 * most specific part of `d` ("10 February" covers "February 10, 2022"; "2022" does not
 * cover "February 10, 2022").
 */
export function sameDate(d: DateMention, other: DateMention): boolean {
  for (const p of PARTS) if (d[p] !== undefined && other[p] !== undefined && d[p] !== other[p]) return false;
  return other[finest(d)] !== undefined;
}

const PARTS = ['year', 'month', 'day', 'weekday'] as const;

function finest(d: DateMention): (typeof PARTS)[number] {
  return d.weekday !== undefined ? 'weekday' : d.day !== undefined ? 'day' : d.month !== undefined ? 'month' : 'year';
}

/** Dates of `own` that no date of `other` covers; distinct dates are compared once, through an index. */
export function datesNotIn(own: readonly DateMention[], other: readonly DateMention[]): DateMention[] {
  const byPart = new Map<string, DateMention[]>();
  const seen = new Set<string>();
  for (const o of other) {
    if (seen.has(dateKey(o))) continue;
    seen.add(dateKey(o));
    for (const p of PARTS) {
      if (o[p] === undefined) continue;
      const k = `${p}:${o[p]}`;
      (byPart.get(k) ?? byPart.set(k, []).get(k)!).push(o);
    }
  }
  const verdict = new Map<string, boolean>();
  return own.filter((d) => {
    const key = dateKey(d);
    let covered = verdict.get(key);
    if (covered === undefined) {
      const f = finest(d);
      covered = (byPart.get(`${f}:${d[f]}`) ?? []).some((o) => sameDate(d, o));
      verdict.set(key, covered);
    }
    return !covered;
  });
}
