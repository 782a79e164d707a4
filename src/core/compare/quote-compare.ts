import { foldTerm, stripPossessive } from '../text/normalize';
import { buildUnits } from './diff-units';
import { People } from './people';
import { tokensIn, type PreparedText } from './prepared-text';
import { matchQuote } from './quote-match';
import { SpeakerFinder } from './quote-speaker';
import { findQuotes, type QuoteSpan } from './quote-spans';
import { diffWords } from './word-diff';
import type { QuoteReport, SpellingVariantTest } from './types';

interface SideQuotes {
  spans: QuoteSpan[];
  speakers: (string | null)[];
}

// One or two quoted words are usually scare quotes ("never", "in place"): reported only when the other side has them too.
const SCARE_WORDS = 2;

/** Every quote of A and of B, who says it, and how (or whether) the other side renders it. */
export function compareQuotes(pa: PreparedText, pb: PreparedText, keyMaps: { aToB: Map<string, string>; bToA: Map<string, string> }, isVariant: SpellingVariantTest): QuoteReport[] {
  const qa = quotesOf(pa);
  const qb = quotesOf(pb);
  const { aToB, bToA } = keyMaps;
  return [
    ...reports('A', pa, qa, pb, qb, (k) => aToB.get(k) ?? k, isVariant),
    ...reports('B', pb, qb, pa, qa, (k) => bToA.get(k) ?? k, isVariant),
  ];
}

export function quotesOf(p: PreparedText): SideQuotes {
  const spans = findQuotes(p.text, p.sentences);
  const inQuote = (pos: number) => {
    // Spans are sorted and disjoint: binary search for the last one starting at or before pos.
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start <= pos) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi >= 0 && pos < spans[hi].end;
  };
  const people = new People(p.text, p.names, p.sentences, inQuote);
  const speakers = new SpeakerFinder(p.text, p.sentences, p.names, people).speakersOf(spans);
  return { spans, speakers };
}

function reports(
  side: 'A' | 'B',
  own: PreparedText,
  mine: SideQuotes,
  other: PreparedText,
  theirs: SideQuotes,
  mapKey: (k: string) => string,
  isVariant: SpellingVariantTest,
): QuoteReport[] {
  const out: QuoteReport[] = [];
  mine.spans.forEach((q, i) => {
    const tokens = tokensIn(own.tokens, q);
    const units = buildUnits(own.text, tokens, q.start, q.end);
    const speaker = mine.speakers[i];
    const speakerKey = speaker ? foldTerm(stripPossessive(speaker.split(/\s+/).pop() ?? '')) : null;
    const match = matchQuote(units, other, theirs.spans, mapKey, speakerKey);
    if (units.length <= SCARE_WORDS && match?.kind !== 'verbatim') return;
    const base = { side, text: own.text.slice(q.start, q.end), speaker, range: { start: q.start, end: q.end } };
    if (!match) {
      out.push({ ...base, otherSide: 'absent', otherText: null, otherRange: null, changes: [] });
      return;
    }
    const changes = match.kind === 'reworded'
      ? diffWords({ text: own.text, tokens: own.tokens, ...base.range }, { text: other.text, tokens: other.tokens, ...match.range }, isVariant)
      : [];
    out.push({ ...base, otherSide: match.kind, otherText: other.text.slice(match.range.start, match.range.end), otherRange: match.range, changes });
  });
  return out;
}
