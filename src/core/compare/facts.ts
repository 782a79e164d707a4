import { dateKey, datesNotIn, findDates } from './fact-dates';
import { findNames, indexNames, nameCovered, type NameIndex, type NameMention } from './fact-names';
import { findNumbers } from './fact-numbers';
import type { PreparedText } from './prepared-text';
import type { FactItem, Facts, SpellingVariantTest, TextRange } from './types';

/** Names, numbers and dates that `own` gives and `other` does not. */
export function uniqueFacts(own: PreparedText, other: PreparedText, isVariant: SpellingVariantTest): Facts {
  const ownDates = findDates(own.text);
  const otherDates = findDates(other.text);
  const ownNumbers = findNumbers(own, ownDates.map((d) => d.range));
  const otherKeys = new Set(findNumbers(other, otherDates.map((d) => d.range)).map((n) => n.key));
  const otherNames = indexNames(findNames(other.names, true));
  return {
    names: namesOnly(findNames(own.names), otherNames, isVariant),
    numbers: group(ownNumbers.filter((n) => !otherKeys.has(n.key)), (n) => n.key),
    dates: group(datesNotIn(ownDates, otherDates), dateKey),
  };
}

/** Absent names, with a surname-only mention folded into the full name it shortens. */
function namesOnly(own: NameMention[], other: NameIndex, isVariant: SpellingVariantTest): FactItem[] {
  const absent = own.filter((n) => !nameCovered(n, other, isVariant));
  // Longest absent name ending with each key sequence: "Lavrov" folds into "Sergei Lavrov".
  const longest = new Map<string, NameMention>();
  for (const n of absent) {
    for (let i = 0; i < n.keys.length; i++) {
      const tail = n.keys.slice(i).join(' ');
      const had = longest.get(tail);
      if (!had || had.keys.length < n.keys.length) longest.set(tail, n);
    }
  }
  const full = (n: NameMention) => longest.get(n.keys.join(' '))!;
  return group(absent, (n) => full(n).keys.join(' '), (n) => full(n).text);
}

function group<T extends { text: string; range: TextRange }>(items: T[], keyOf: (t: T) => string, textOf: (t: T) => string = (t) => t.text): FactItem[] {
  const out = new Map<string, FactItem>();
  for (const it of items) {
    const k = keyOf(it);
    const item = out.get(k);
    if (item) item.ranges.push(it.range);
    else out.set(k, { text: textOf(it), ranges: [it.range] });
  }
  return [...out.values()];
}
