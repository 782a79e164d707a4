/**
 * The user's decisions about a folder's name spellings, as an ordered history. The history is
 * the truth: the standing merges, splits, rejections and confirmations are what replaying it
 * gives, so taking back one decision is dropping it from the list and replaying the rest.
 * Decisions name spellings, never group ids, so they replay the same way after re-indexing.
 */
import { normalizeWord } from '../text/tokenize';
import type { VariantDecisionEntry, VariantDecisionKind, VariantDecisionsView } from '../../shared/variant-types';

export type StoredDecisions = VariantDecisionsView;
export type NewDecision = Omit<VariantDecisionEntry, 'id'>;

export const emptyStoredDecisions = (): StoredDecisions => ({ merges: [], splits: [], rejects: [], rejectedSets: [], confirms: [], history: [], lastId: 0 });

const fold = (s: string): string => normalizeWord(s);
const folded = (set: readonly string[]): Set<string> => new Set(set.map(fold));
const sharedCount = (set: readonly string[], with_: Set<string>): number => new Set(set.map(fold).filter((n) => with_.has(n))).size;

/** The standing decisions a history amounts to, replayed oldest first: the later act wins. */
export function replayHistory(history: readonly VariantDecisionEntry[]): Omit<StoredDecisions, 'history' | 'lastId'> {
  let merges: string[][] = [];
  let splits: string[] = [];
  const rejectedSets: string[][] = [];
  const confirms: string[][] = [];
  for (const e of history) {
    const all = e.sets.flat();
    switch (e.kind) {
      case 'merge': {
        // Merging a spelling puts back one that was split out.
        const f = folded(all);
        splits = splits.filter((s) => !f.has(fold(s)));
        merges.push(all);
        break;
      }
      case 'split': {
        // Splitting a spelling takes it out of any earlier merge too.
        const f = folded(all);
        merges = merges.map((m) => m.filter((s) => !f.has(fold(s)))).filter((m) => m.length > 1);
        for (const s of all) if (!splits.some((x) => fold(x) === fold(s))) splits.push(s);
        break;
      }
      case 'reject':
        for (const set of e.sets) {
          // "Not the same name" on a group the user merged undoes the merge that made it.
          const f = folded(set);
          merges = merges.filter((m) => sharedCount(m, f) < 2);
          rejectedSets.push([...set]);
        }
        break;
      case 'confirm':
        confirms.push(...e.sets.map((s) => [...s]));
        break;
    }
  }
  return { merges, splits, rejects: [], rejectedSets, confirms };
}

const withHistory = (history: VariantDecisionEntry[], lastId: number): StoredDecisions => ({ ...replayHistory(history), history, lastId });

export function addDecision(current: StoredDecisions, decision: NewDecision): StoredDecisions {
  const id = current.lastId + 1;
  return withHistory([...current.history, { ...decision, id }], id);
}

/** Takes back one decision, whichever it is; the others stand as if it had never been made. */
export function undoDecision(current: StoredDecisions, id: number): StoredDecisions {
  return withHistory(
    current.history.filter((e) => e.id !== id),
    current.lastId,
  );
}

/** Every decision undone; ids keep counting so an old undo cannot hit a new decision. */
export const resetDecisions = (current: StoredDecisions): StoredDecisions => withHistory([], current.lastId);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isSets = (v: unknown): v is string[][] => Array.isArray(v) && v.every(isStrings);
const KINDS: readonly VariantDecisionKind[] = ['merge', 'split', 'reject', 'confirm'];

function isEntry(v: unknown): v is VariantDecisionEntry {
  return (
    isObject(v) &&
    Number.isSafeInteger(v.id) &&
    KINDS.includes(v.kind as VariantDecisionKind) &&
    isSets(v.sets) &&
    isStrings(v.labels) &&
    typeof v.at === 'string'
  );
}

/**
 * Stored decisions from a settings file, whatever its age. A file with a history is replayed
 * (the lists beside it are only a summary); an older file, with only merges, splits and the
 * anchors of rejected groups, becomes a history of one decision per item, each undoable. Its
 * items carry no date. Anything unreadable counts as no decisions.
 */
export function loadStoredDecisions(raw: unknown): StoredDecisions {
  if (!isObject(raw)) return emptyStoredDecisions();
  if (Array.isArray(raw.history)) {
    const history = raw.history.filter(isEntry);
    const lastId = Math.max(0, ...history.map((e) => e.id), Number.isSafeInteger(raw.lastId) ? (raw.lastId as number) : 0);
    return withHistory(history, lastId);
  }
  const legacy: NewDecision[] = [];
  // A consistent old file: no spelling is both merged and split, so the order is immaterial.
  if (isSets(raw.merges)) for (const m of raw.merges) if (m.length > 1) legacy.push({ kind: 'merge', sets: [m], labels: m, at: '' });
  if (isStrings(raw.splits)) for (const s of raw.splits) legacy.push({ kind: 'split', sets: [[s]], labels: [s], at: '' });
  // An old rejection knows only the anchor: a set of one drops any group holding it, as before.
  if (isStrings(raw.rejects)) for (const r of raw.rejects) legacy.push({ kind: 'reject', sets: [[r]], labels: [r], at: '' });
  return legacy.reduce(addDecision, emptyStoredDecisions());
}
