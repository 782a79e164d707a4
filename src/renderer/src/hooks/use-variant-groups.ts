/**
 * Name-variant groups by id, for tooltips and legends on marks. The table comes from the
 * shared variants cache (one call per corpus version and decision epoch).
 */
import { useMemo } from 'react';
import type { VariantGroupView } from '../contract';
import { useVariantsView } from '../variants/use-variants';

/** Pass `wanted = false` to skip the call (a document without marks). */
export function useVariantGroups(wanted: boolean): Map<string, VariantGroupView> {
  const { view } = useVariantsView(wanted);
  return useMemo(() => new Map(view ? [...view.groups, ...view.names].map((g) => [g.id, g]) : []), [view]);
}
