/**
 * Where the user was in the Variants tab: filter, sort, the open group and the groups picked
 * for a merge. Outside React state so it survives the tab unmounting (a search, the reader)
 * without growing the app-wide reducer.
 */
import { useSyncExternalStore } from 'react';
import type { GroupSort } from './group-stats';

export interface PanelState {
  filter: string;
  sort: GroupSort;
  /** The group shown in detail: its id, and a spelling to find it by if a decision renamed it. */
  open: { id: string; spelling: string } | null;
  /** Ids of the groups ticked for merging. */
  picked: string[];
}

const initial: PanelState = { filter: '', sort: 'count', open: null, picked: [] };
let current = initial;
const listeners = new Set<() => void>();

export function updatePanel(patch: Partial<PanelState>): void {
  current = { ...current, ...patch };
  for (const l of listeners) l();
}

/** Back to the start, e.g. for another folder. */
export const resetPanel = (): void => updatePanel(initial);

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function usePanelState(): PanelState {
  return useSyncExternalStore(subscribe, () => current);
}
