/**
 * The folder's name-spelling groups, asked once per corpus version and decision epoch and
 * shared: the Variants tab, the reader's tooltips and its legend all read the same table.
 */
import { getBridge } from '../api/bridge';
import type { Result, VariantsView } from '../contract';

let cache: { key: string; view: Promise<Result<VariantsView>> } | null = null;

export function loadVariants(key: string): Promise<Result<VariantsView>> {
  if (cache?.key !== key) {
    const entry = { key, view: getBridge().variants({}) };
    cache = entry;
    // A failure (the folder still indexing) must not stick: the next asker tries again.
    void entry.view.then((res) => {
      if (!res.ok && cache === entry) cache = null;
    });
  }
  return cache.view;
}

/** A decision answers with the new groups: keep them for the key the decision leads to. */
export function primeVariants(key: string, view: VariantsView): void {
  cache = { key, view: Promise.resolve({ ok: true, value: view }) };
}

/** The cache key: the corpus version, then how many decisions this session has made. */
export const variantsKey = (corpusKey: string, epoch: number): string => `${corpusKey}#${epoch}`;
