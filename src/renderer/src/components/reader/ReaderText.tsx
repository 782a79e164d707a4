import { Fragment, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import type { TextRange, VariantGroupView, VariantMark } from '../../contract';
import { buildTaggedSegments, type TaggedRange } from '../../text/segments';

/** Enough distinct colours to tell groups apart in one article; they repeat after that. */
export const VARIANT_COLOURS = 6;

type Tag = { kind: 'hit'; index: number } | { kind: 'variant'; group: string; colour: number };

interface ReaderTextProps {
  text: string;
  hits: TextRange[];
  marks: VariantMark[];
  current: number;
  groups: Map<string, VariantGroupView>;
}

function variantTitle(group: VariantGroupView | undefined, spelling: string): string {
  if (!group) return `“${spelling}”: one of several spellings of a name`;
  const others = group.spellings.map((s) => s.text).filter((t) => t !== spelling && t !== group.label);
  const head = spelling === group.label ? `“${spelling}”` : `“${spelling}”, a spelling of ${group.label}`;
  return others.length ? `${head} — also written ${others.join(', ')}` : head;
}

/**
 * The article with query hits and name-variant marks as React elements over plain text
 * segments. The current hit is drawn apart and scrolled to the middle of the view.
 */
export function ReaderText({ text, hits, marks, current, groups }: ReaderTextProps) {
  const box = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => {
    const colourOf = new Map<string, number>();
    const ranges: TaggedRange<Tag>[] = hits.map((h, index) => ({ ...h, tag: { kind: 'hit', index } }));
    for (const m of marks) {
      if (!colourOf.has(m.groupId)) colourOf.set(m.groupId, colourOf.size % VARIANT_COLOURS);
      ranges.push({ start: m.start, end: m.end, tag: { kind: 'variant', group: m.groupId, colour: colourOf.get(m.groupId)! } });
    }
    return buildTaggedSegments(text, ranges);
  }, [text, hits, marks]);

  useLayoutEffect(() => {
    box.current?.querySelector('mark.current')?.scrollIntoView({ block: 'center' });
  }, [current, segments]);

  return (
    <div ref={box} className="article-text" data-testid="article-text">
      {segments.map((seg) => {
        let node: ReactNode = seg.text;
        const variant = seg.tags.find((t) => t.kind === 'variant');
        const hit = seg.tags.find((t) => t.kind === 'hit');
        if (variant?.kind === 'variant') {
          node = (
            <span className={`variant variant-${variant.colour}`} title={variantTitle(groups.get(variant.group), seg.text)}>
              {node}
            </span>
          );
        }
        if (hit?.kind === 'hit') {
          const isCurrent = seg.tags.some((t) => t.kind === 'hit' && t.index === current);
          node = (
            <mark className={isCurrent ? 'hit current' : 'hit'} aria-current={isCurrent ? 'true' : undefined}>
              {node}
            </mark>
          );
        }
        return <Fragment key={seg.start}>{node}</Fragment>;
      })}
    </div>
  );
}
