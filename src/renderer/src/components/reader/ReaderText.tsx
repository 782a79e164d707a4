import { Fragment, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import type { TextRange, VariantGroupView, VariantMark as Mark } from '../../contract';
import { buildTaggedSegments, type TaggedRange } from '../../text/segments';
import { variantTooltip } from '../../variants/tooltip';
import { useVariantHighlights } from '../../variants/use-variant-highlights';
import { VariantLegend } from '../variants/VariantLegend';
import { VariantMark } from '../variants/VariantMark';

type Tag = { kind: 'hit'; index: number } | { kind: 'variant'; group: string };

interface ReaderTextProps {
  text: string;
  hits: TextRange[];
  marks: Mark[];
  current: number;
  groups: Map<string, VariantGroupView>;
}

/**
 * The article with query hits and name-variant marks as React elements over plain text
 * segments. The current hit is drawn apart and scrolled to the middle of the view; every
 * spelling of a name shares its group's colour, and the legend above turns groups off.
 */
export function ReaderText({ text, hits, marks, current, groups }: ReaderTextProps) {
  const box = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => [{ text, marks }], [text, marks]);
  const variants = useVariantHighlights(shown, groups);
  const segments = useMemo(() => {
    const ranges: TaggedRange<Tag>[] = hits.map((h, index) => ({ ...h, tag: { kind: 'hit', index } }));
    for (const m of marks) ranges.push({ start: m.start, end: m.end, tag: { kind: 'variant', group: m.groupId } });
    return buildTaggedSegments(text, ranges);
  }, [text, hits, marks]);

  useLayoutEffect(() => {
    box.current?.querySelector('mark.current')?.scrollIntoView({ block: 'center' });
  }, [current, segments]);

  return (
    <>
      <VariantLegend entries={variants.entries} groups={groups} hidden={variants.hidden} onToggle={variants.toggle} />
      <div ref={box} className="article-text" data-testid="article-text">
        {segments.map((seg) => {
          let node: ReactNode = seg.text;
          const variant = seg.tags.find((t) => t.kind === 'variant');
          const hit = seg.tags.find((t) => t.kind === 'hit');
          const colour = variant?.kind === 'variant' && !variants.hidden.has(variant.group) ? variants.colours.get(variant.group) : undefined;
          if (variant?.kind === 'variant' && colour) {
            node = (
              <VariantMark colour={colour} title={variantTooltip(groups.get(variant.group), seg.text)}>
                {node}
              </VariantMark>
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
    </>
  );
}
