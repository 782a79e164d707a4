import type { PreparedText } from './prepared-text';
import type { TextRange } from './types';

export interface NumberMention {
  text: string;
  range: TextRange;
  /** Canonical value: "2,000", "2000" and "two thousand" share it. */
  key: string;
}

const WORDS = new Map<string, number>(Object.entries({
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  dozen: 12, dozens: 12, hundreds: 100, thousands: 1000, millions: 1000000,
}));

/**
 * Figures in a text: digits (with their currency sign and %, and a scale word: "£1.8bn",
 * "240 million") and the common spelled-out numbers. "One" is left out: it is a pronoun
 * as often as a number. Years and days inside dates belong to dates and are skipped.
 */
export function findNumbers(p: PreparedText, dateRanges: readonly TextRange[]): NumberMention[] {
  const out: NumberMention[] = [];
  // Dates arrive sorted and numbers are met in reading order: one pointer walks both.
  let d = 0;
  const inDate = (r: TextRange) => {
    while (d < dateRanges.length && dateRanges[d].end <= r.start) d++;
    return d < dateRanges.length && dateRanges[d].start <= r.start && dateRanges[d].end >= r.end;
  };
  for (const units of p.units) {
    for (const u of units) {
      const wordAt = u.start + Math.max(0, u.core.indexOf(u.word));
      let range = { start: wordAt, end: wordAt + u.word.length };
      let key: string | null = null;
      if (u.isNumber) key = u.key;
      else if (WORDS.has(u.key)) key = `#${WORDS.get(u.key)}`;
      if (key === null || inDate(range)) continue;
      if (/[£$€¥]$/.test(p.text.slice(range.start - 1, range.start))) range = { start: range.start - 1, end: range.end };
      if (p.text[range.end] === '%') range = { start: range.start, end: range.end + 1 };
      out.push({ text: p.text.slice(range.start, range.end), range, key: key + (p.text[range.end - 1] === '%' ? '%' : '') });
    }
  }
  return out;
}
