import type { Token } from '../text/tokenize';
import { canonicalNumber, scaleOf } from './numbers';

/**
 * The unit of a word diff: one word (or a number with its scale word, "1.8 billion") with the
 * punctuation stuck to it and the whitespace after it. Units tile their passage, so a diff
 * of units gives ranges that re-join to the original text exactly.
 */
export interface DiffUnit {
  /** Matching key: folded word, or "#" and the canonical value for numbers. */
  key: string;
  /** The word(s) as written, without adjoining punctuation. */
  word: string;
  /** Word plus adjoining punctuation, without surrounding whitespace. */
  core: string;
  isNumber: boolean;
  /** Tiling range: from this unit's leading punctuation to the next unit's. */
  start: number;
  end: number;
}

/** Units of text[start, end), built from tokens of the whole text that fall inside the range. */
export function buildUnits(text: string, tokens: readonly Token[], start: number, end: number): DiffUnit[] {
  const toks = tokens.filter((t) => t.start >= start && t.end <= end);
  const groups: { first: Token; last: Token; key: string; isNumber: boolean }[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const next = toks[i + 1];
    const value = canonicalNumber(t.text);
    const scale = value !== null && next && /^\s+$/.test(text.slice(t.end, next.start)) ? scaleOf(next.norm) : null;
    const merged = scale !== null ? canonicalNumber(t.text, scale) : null;
    if (merged !== null && next) {
      groups.push({ first: t, last: next, key: `#${merged}`, isNumber: true });
      i++;
      continue;
    }
    groups.push({ first: t, last: t, key: value !== null ? `#${value}` : t.norm, isNumber: value !== null });
  }
  const leads = groups.map((g, i) => (i === 0 ? start : leadStart(text, groups[i - 1].last.end, g.first.start)));
  return groups.map((g, i) => {
    const uEnd = i + 1 < groups.length ? leads[i + 1] : end;
    const coreStart = i === 0 ? firstNonSpace(text, start, g.first.start) : leads[i];
    const coreEnd = trailEnd(text, g.last.end, i + 1 < groups.length ? groups[i + 1].first.start : end);
    return {
      key: g.key,
      word: text.slice(g.first.start, g.last.end),
      core: text.slice(coreStart, coreEnd),
      isNumber: g.isNumber,
      start: leads[i],
      end: uEnd,
    };
  });
}

// In the gap between two words, punctuation before the first whitespace trails the previous
// word and punctuation after the last whitespace leads the next; a gap without whitespace
// ("anti-tank") belongs wholly to the previous word.
function leadStart(text: string, gapStart: number, gapEnd: number): number {
  let i = gapEnd;
  while (i > gapStart && !/\s/.test(text[i - 1])) i--;
  return i === gapStart ? gapEnd : i;
}

function trailEnd(text: string, gapStart: number, gapEnd: number): number {
  let i = gapStart;
  while (i < gapEnd && !/\s/.test(text[i])) i++;
  return i;
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i])) i++;
  return i;
}
