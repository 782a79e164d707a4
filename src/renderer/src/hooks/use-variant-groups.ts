/**
 * Name-variant groups by id, for tooltips on marks. Asked once per corpus version and shared:
 * every opened document needs the same table.
 */
import { useEffect, useState } from 'react';
import { getBridge } from '../api/bridge';
import type { VariantGroupView } from '../contract';
import { useCorpusKey } from './use-status';

let cache: { key: string; groups: Promise<Map<string, VariantGroupView>> } | null = null;

function load(key: string): Promise<Map<string, VariantGroupView>> {
  if (cache?.key !== key) {
    const groups = getBridge()
      .variants({})
      .then((res) => new Map(res.ok ? [...res.value.groups, ...res.value.names].map((g) => [g.id, g]) : []));
    cache = { key, groups };
  }
  return cache.groups;
}

/** Pass `wanted = false` to skip the call (a document without marks). */
export function useVariantGroups(wanted: boolean): Map<string, VariantGroupView> {
  const key = useCorpusKey();
  const [groups, setGroups] = useState<Map<string, VariantGroupView>>(new Map());
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void load(key).then((g) => live && setGroups(g));
    return () => {
      live = false;
    };
  }, [key, wanted]);
  return groups;
}
