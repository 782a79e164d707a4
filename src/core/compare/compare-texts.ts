import { alignSentences, type AlignedGroup } from './sentence-align';
import { sentenceVectors } from './sentence-vectors';
import { countTokensIn, prepareText, type PreparedText } from './prepared-text';
import { defaultIsSpellingVariant } from './spelling-variant';
import { memoVariantTest, variantKeyMap } from './variant-keys';
import { diffWords } from './word-diff';
import { compareQuotes } from './quote-compare';
import { uniqueFacts } from './facts';
import type { CompareOptions, Comparison, Segment, SegmentKind, SpellingVariantTest, WordChange } from './types';

/**
 * Side-by-side comparison of two articles: aligned passages with word diffs, quotes and how
 * the other side renders them, and the names, numbers and dates only one side gives.
 * Pure and synchronous; two 2,000-word articles take a few tens of milliseconds.
 */
export function compareTexts(a: string, b: string, opts: CompareOptions = {}): Comparison {
  const isVariant = memoVariantTest(opts.isSpellingVariant ?? defaultIsSpellingVariant);
  const pa = prepareText(a);
  const pb = prepareText(b);
  const keyMaps = { bToA: variantKeyMap(pa, pb, isVariant), aToB: variantKeyMap(pb, pa, isVariant) };
  const segments = alignedSegments(pa, pb, keyMaps.bToA, isVariant);
  const counts: Record<SegmentKind, number> = { same: 0, spelling: 0, reworded: 0, moved: 0, onlyA: 0, onlyB: 0 };
  const sentences: Record<SegmentKind, number> = { same: 0, spelling: 0, reworded: 0, moved: 0, onlyA: 0, onlyB: 0 };
  let spellingChanges = 0;
  for (const s of segments) {
    counts[s.kind]++;
    sentences[s.kind] += s.kind === 'onlyB' ? s.bRanges.length : s.aRanges.length;
    for (const c of s.changes) if (c.spellingOnly && c.op !== 'equal') spellingChanges++;
  }
  return {
    similarity: wordSimilarity(pa, pb, segments),
    spellingChanges,
    counts,
    sentences,
    segments,
    quotes: compareQuotes(pa, pb, keyMaps, isVariant),
    onlyA: uniqueFacts(pa, pb, isVariant),
    onlyB: uniqueFacts(pb, pa, isVariant),
  };
}

/**
 * The comparison's similarity alone, exactly as compareTexts reports it (the same alignment
 * and word diffs), without quotes and facts: for lists that show the figure for several pairs.
 * A is prepared once for all the others.
 */
export function textSimilarities(a: string, others: readonly string[], opts: CompareOptions = {}): number[] {
  const isVariant = memoVariantTest(opts.isSpellingVariant ?? defaultIsSpellingVariant);
  const pa = prepareText(a);
  return others.map((b) => {
    const pb = prepareText(b);
    return wordSimilarity(pa, pb, alignedSegments(pa, pb, variantKeyMap(pa, pb, isVariant), isVariant));
  });
}

export const textSimilarity = (a: string, b: string, opts?: CompareOptions): number => textSimilarities(a, [b], opts)[0];

function alignedSegments(pa: PreparedText, pb: PreparedText, variants: Map<string, string>, isVariant: SpellingVariantTest): Segment[] {
  const keysA = pa.units.map((us) => us.map((u) => u.key));
  const keysB = pb.units.map((us) => us.map((u) => variants.get(u.key) ?? u.key));
  const { a: va, b: vb, content } = sentenceVectors(keysA, keysB);
  const groups = alignSentences(va, vb, content);
  const byFirstA = new Map(groups.map((g) => [g.a[0], g]));
  const inGroupA = new Set(groups.flatMap((g) => g.a));
  const inGroupB = new Set(groups.flatMap((g) => g.b));
  const out: Segment[] = [];
  pa.sentences.forEach((s, i) => {
    const g = byFirstA.get(i);
    if (g) out.push(pairSegment(pa, pb, g, isVariant));
    else if (!inGroupA.has(i)) out.push(oneSided('onlyA', s));
  });
  pb.sentences.forEach((s, j) => {
    if (!inGroupB.has(j)) out.push(oneSided('onlyB', s));
  });
  return out;
}

function pairSegment(pa: PreparedText, pb: PreparedText, g: AlignedGroup, isVariant: SpellingVariantTest): Segment {
  const sa = g.a.map((i) => pa.sentences[i]);
  const sb = g.b.map((j) => pb.sentences[j]);
  const aStart = sa[0].start;
  const aEnd = sa[sa.length - 1].end;
  const bStart = sb[0].start;
  const bEnd = sb[sb.length - 1].end;
  const changes = diffWords(
    { text: pa.text, tokens: pa.tokens, start: aStart, end: aEnd },
    { text: pb.text, tokens: pb.tokens, start: bStart, end: bEnd },
    isVariant,
  );
  return {
    kind: pairKind(g.ordered, changes),
    a: pa.text.slice(aStart, aEnd),
    b: pb.text.slice(bStart, bEnd),
    aRanges: sa.map((s) => ({ start: s.start, end: s.end })),
    bRanges: sb.map((s) => ({ start: s.start, end: s.end })),
    changes,
    score: g.score,
  };
}

/** Out of order: moved. Else word for word: same; differing only in spelling: spelling; else reworded. */
function pairKind(ordered: boolean, changes: readonly WordChange[]): SegmentKind {
  if (!ordered) return 'moved';
  let spelling = false;
  for (const c of changes) {
    if (c.op === 'equal') continue;
    if (!c.spellingOnly) return 'reworded';
    spelling = true;
  }
  return spelling ? 'spelling' : 'same';
}

function oneSided(kind: 'onlyA' | 'onlyB', s: { text: string; start: number; end: number }): Segment {
  const range = [{ start: s.start, end: s.end }];
  return kind === 'onlyA'
    ? { kind, a: s.text, b: null, aRanges: range, bRanges: [], changes: [], score: 0 }
    : { kind, a: null, b: s.text, aRanges: [], bRanges: range, changes: [], score: 0 };
}

/**
 * Similarity: 2·(words kept) / (words in A + words in B), where a word is kept when it stands
 * in a pair of corresponding sentences (same, same but for spelling, reworded or moved) and the
 * other side has it too, word for word or spelt differently. 1: the same text; 0: no sentence
 * shares a word with its counterpart. SIMILARITY_DEFINITION (src/shared/compare-labels.ts) says it in words.
 */
function wordSimilarity(pa: PreparedText, pb: PreparedText, segments: Segment[]): number {
  const total = pa.tokens.length + pb.tokens.length;
  if (total === 0) return 1;
  let kept = 0;
  for (const s of segments) {
    for (const c of s.changes) if (isKept(c)) kept += countTokensIn(pa.tokens, c.aRange!) + countTokensIn(pb.tokens, c.bRange!);
  }
  return kept / total;
}

const isKept = (c: WordChange) => (c.op === 'equal' || c.spellingOnly) && c.aRange !== null && c.bRange !== null;
