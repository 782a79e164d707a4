import type { DocMeta } from '../../shared/document';
import type { FacetCount } from '../../shared/search-types';

export const monthOf = (meta: DocMeta): string => (meta.date ? meta.date.slice(0, 7) : 'unknown');

export function countBy(metas: DocMeta[], key: (m: DocMeta) => string): FacetCount[] {
  const counts = new Map<string, number>();
  for (const m of metas) counts.set(key(m), (counts.get(key(m)) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count }));
}

/** Outlets by count (then name); months in calendar order, unknown last. */
export function outletFacet(metas: DocMeta[]): FacetCount[] {
  return countBy(metas, (m) => m.outlet).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export function monthFacet(metas: DocMeta[]): FacetCount[] {
  return countBy(metas, monthOf).sort((a, b) =>
    a.value === 'unknown' ? 1 : b.value === 'unknown' ? -1 : b.value.localeCompare(a.value),
  );
}
