/**
 * One article of a comparison cut into runs for drawing: passages (aligned segments) with the
 * word changes and name spellings inside them, and the plain text between. Pure, so the view and the HTML export
 * draw the very same thing. Ranges come from the wire and are clamped by the segment builder;
 * overlapping or out-of-range ones never throw.
 */
import type { Segment, SpellingReason, WordChange } from '../../../../../shared/compare-types';
import type { TextRange } from '../../../../../shared/document';
import type { VariantMark } from '../../../../../shared/search-types';
import { buildTaggedSegments, type TaggedRange } from '../../../text/segments';

export type Side = 'A' | 'B';

export interface ChangeMark {
  /** del: words the other side lacks (A only); ins: words only here (B only); rep: replaced; spell: spelling only. */
  style: 'del' | 'ins' | 'rep' | 'spell';
  /** The other side's words for this place ('' when it has none). */
  other: string;
  reason: SpellingReason | null;
}

export interface Piece {
  start: number;
  end: number;
  text: string;
  change: ChangeMark | null;
  /** The name-spelling group these words spell, or null. */
  variant: string | null;
  flash: boolean;
}

export interface Run {
  /** Index into the segments, or null for text between passages. */
  seg: number | null;
  /** True on the first range of its segment: where the passage number goes. */
  first: boolean;
  start: number;
  pieces: Piece[];
}

type Tag =
  | { t: 'seg'; seg: number; first: boolean }
  | { t: 'change'; mark: ChangeMark }
  | { t: 'hidden-spelling' }
  | { t: 'variant'; group: string }
  | { t: 'flash' };

export interface RunOptions {
  /** Spelling-only changes drawn as plain text: no change mark, no name-spelling mark. */
  hideSpelling: boolean;
  /** A range drawn as a brief flash (a jump from the summary). */
  flash?: TextRange | null;
  /** Name spellings to mark in this text (its own marks, groups switched off left out). */
  variants?: readonly VariantMark[];
}

/** Which change marks a side shows: A shows what B dropped or replaced, B what it added or replaced. */
function markFor(c: WordChange, side: Side, hideSpelling: boolean): ChangeMark | null {
  const other = side === 'A' ? c.b : c.a;
  if (c.op === 'equal') return null;
  if (c.spellingOnly) return hideSpelling ? null : { style: 'spell', other, reason: c.reason ?? null };
  if (c.op === 'replace') return { style: 'rep', other, reason: null };
  if (c.op === 'delete' && side === 'A') return { style: 'del', other: '', reason: null };
  if (c.op === 'insert' && side === 'B') return { style: 'ins', other: '', reason: null };
  return null;
}

/** A change range carries the space after its word; a mark under that space looks like a smear. */
function trimmed(text: string, r: TextRange): TextRange {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

export function buildPaneRuns(text: string, segments: readonly Segment[], side: Side, opts: RunOptions): Run[] {
  const ranges: TaggedRange<Tag>[] = [];
  segments.forEach((s, seg) => {
    const own = (side === 'A' ? s.aRanges : s.bRanges) ?? [];
    own.forEach((r, k) => ranges.push({ ...r, tag: { t: 'seg', seg, first: k === 0 } }));
    for (const c of s.changes ?? []) {
      const r = side === 'A' ? c.aRange : c.bRange;
      const mark = r ? markFor(c, side, opts.hideSpelling) : null;
      if (r && mark) ranges.push({ ...trimmed(text, r), tag: { t: 'change', mark } });
      // Hidden means plain text: not even the name-spelling mark stays on the word.
      else if (r && opts.hideSpelling && c.spellingOnly && c.op !== 'equal') ranges.push({ ...r, tag: { t: 'hidden-spelling' } });
    }
  });
  for (const m of opts.variants ?? []) ranges.push({ start: m.start, end: m.end, tag: { t: 'variant', group: m.groupId } });
  if (opts.flash) ranges.push({ ...opts.flash, tag: { t: 'flash' } });

  const runs: Run[] = [];
  let open: { tag: Tag | null; run: Run } | null = null;
  for (const part of buildTaggedSegments(text, ranges)) {
    // Overlapping passages (bad input) are drawn as the first one; the text is still all there.
    const segTag = part.tags.find((t) => t.t === 'seg') ?? null;
    if (!open || open.tag !== segTag) {
      const run: Run = { seg: segTag?.t === 'seg' ? segTag.seg : null, first: segTag?.t === 'seg' && segTag.first, start: part.start, pieces: [] };
      runs.push(run);
      open = { tag: segTag, run };
    }
    const change = part.tags.find((t) => t.t === 'change');
    const variant = part.tags.some((t) => t.t === 'hidden-spelling') ? undefined : part.tags.find((t) => t.t === 'variant');
    open.run.pieces.push({
      start: part.start,
      end: part.end,
      text: part.text,
      change: change?.t === 'change' ? change.mark : null,
      variant: variant?.t === 'variant' ? variant.group : null,
      flash: part.tags.some((t) => t.t === 'flash'),
    });
  }
  return runs;
}

/** The tooltip of a word change, in words a reader understands. */
export function changeTitle(mark: ChangeMark, side: Side, reasonText: string): string {
  const otherSide = side === 'A' ? 'B' : 'A';
  if (mark.style === 'spell') return `Spelling only (${reasonText}): ${otherSide} writes “${mark.other.trim()}”`;
  if (mark.style === 'rep') return mark.other.trim() ? `${otherSide} has “${mark.other.trim()}” here` : `Not in ${otherSide}`;
  return `Not in ${otherSide}`;
}
