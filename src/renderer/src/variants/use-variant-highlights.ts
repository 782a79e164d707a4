/**
 * Colours, legend entries and on/off switches for the name-spelling marks of what is shown.
 * The reader passes one text; a comparison passes both sides so a group has one colour.
 */
import { useCallback, useMemo, useState } from 'react';
import type { VariantGroupView } from '../contract';
import { assignVariantColours, type VariantColour } from './colours';
import { legendEntries, type LegendEntry, type MarkedText } from './legend';

export interface VariantHighlights {
  colours: ReadonlyMap<string, VariantColour>;
  entries: LegendEntry[];
  hidden: ReadonlySet<string>;
  toggle(groupId: string): void;
}

export function useVariantHighlights(shown: readonly MarkedText[], groups: ReadonlyMap<string, VariantGroupView>): VariantHighlights {
  const colours = useMemo(() => assignVariantColours(shown.flatMap((s) => s.marks.map((m) => m.groupId))), [shown]);
  const entries = useMemo(() => legendEntries(shown, colours, groups), [shown, colours, groups]);
  // Kept while the same view stays open: a group switched off stays off from one article to the next.
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback((id: string) => {
    setHidden((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  return { colours, entries, hidden, toggle };
}
