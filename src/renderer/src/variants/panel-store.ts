/**
 * Where the user was in the Variants tab: filter, confidence, sort, the open group and the
 * groups picked for a merge or a bulk "not the same name". Outside React state so it survives the tab unmounting (a search, the reader)
 * without growing the app-wide reducer.
 */
import { useSyncExternalStore } from 'react';
import type { ConfidenceFilter, GroupSort } from './group-stats';

export interface PanelState {
  filter: string;
  confidence: ConfidenceFilter;
  sort: GroupSort;
  /** The group shown in detail: its id, and a spelling to find it by if a decision renamed it. */
  open: { id: string; spelling: string } | null;
  /** Ids of the groups ticked for a merge or a bulk rejection. */
  picked: string[];
  /** The folder this state belongs to: another folder starts afresh. */
  folder: string | null;
}

// The review queue by default: the groups that want a look come first.
const initial: PanelState = { filter: '', confidence: 'all', sort: 'review', open: null, picked: [], folder: null };
let current = initial;
const listeners = new Set<() => void>();

export function updatePanel(patch: Partial<PanelState>): void {
  current = { ...current, ...patch };
  for (const l of listeners) l();
}

/** Back to the start for another folder; the sort order is the user's, not the folder's. */
export const resetPanel = (folder: string | null): void => updatePanel({ ...initial, sort: current.sort, folder });

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function usePanelState(): PanelState {
  return useSyncExternalStore(subscribe, () => current);
}
