import { join } from 'node:path';
import { emptyStoredDecisions, loadStoredDecisions, type StoredDecisions } from '../../core/variants/decision-history';
import { readJsonFile, writeFileAtomic } from './atomic-file';

/** The user's decisions about one folder, kept beside its index and never in the folder itself. */
export interface FolderSettings {
  /** Outlet set by the user, keyed by document path or folder path ending in "/". */
  outlets: Record<string, string>;
  /** Publication date (YYYY-MM-DD) set by the user, keyed by document path. */
  dates: Record<string, string>;
  /** Name-spelling decisions: their history, and the standing lists it amounts to. */
  variantDecisions: StoredDecisions;
}

export const emptySettings = (): FolderSettings => ({
  outlets: {},
  dates: {},
  variantDecisions: emptyStoredDecisions(),
});

const FILE = 'settings.json';

export async function loadFolderSettings(stateDir: string): Promise<{ settings: FolderSettings; problem: string | null }> {
  const { value, problem } = await readJsonFile<Partial<FolderSettings>>(join(stateDir, FILE), {});
  const base = emptySettings();
  const outlets = isRecordOfStrings(value?.outlets) ? value.outlets : base.outlets;
  // Files from before dates could be set have none; a value that is not a day is left out.
  const dates = isRecordOfStrings(value?.dates) ? Object.fromEntries(Object.entries(value.dates).filter(([, d]) => /^\d{4}-\d{2}-\d{2}$/.test(d))) : base.dates;
  // Files from before the decision history still load: their lists become undoable entries.
  const variantDecisions = loadStoredDecisions(value?.variantDecisions);
  return { settings: { outlets, dates, variantDecisions }, problem };
}

export async function saveFolderSettings(stateDir: string, settings: FolderSettings): Promise<void> {
  await writeFileAtomic(join(stateDir, FILE), JSON.stringify(settings, null, 2));
}

function isRecordOfStrings(v: unknown): v is Record<string, string> {
  return !!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
}

/** The outlet the user chose for a path: the document's own setting, else the nearest folder's. */
export function outletOverride(outlets: Record<string, string>, path: string): string | null {
  if (Object.prototype.hasOwnProperty.call(outlets, path)) return outlets[path];
  let best: string | null = null;
  let bestLen = -1;
  for (const [key, outlet] of Object.entries(outlets)) {
    // A folder's key ends with "/"; the opened folder itself is the empty key.
    if ((key === '' || key.endsWith('/')) && path.startsWith(key) && key.length > bestLen) {
      best = outlet;
      bestLen = key.length;
    }
  }
  return best;
}

/** The date the user gave a document, or null. */
export function dateOverride(dates: Record<string, string>, path: string): string | null {
  return Object.prototype.hasOwnProperty.call(dates, path) ? dates[path] : null;
}
