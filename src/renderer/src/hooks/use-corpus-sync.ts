/**
 * Keeps UI state in step with the corpus: another folder resets what referred to the old one
 * (open document, filters, pair), and with no folder open the open-folder panel shows itself.
 * The window title names the folder (Electron shows it in the title bar, browsers in the tab).
 */
import { useEffect, useRef } from 'react';
import { useUi } from '../state/ui-context';
import { useStatus } from './use-status';

export function useCorpusSync(): void {
  const { status } = useStatus();
  const { dispatch } = useUi();
  const folder = status ? status.folder : undefined;
  const previous = useRef<string | null | undefined>(undefined);

  useEffect(() => {
    if (folder === undefined) return;
    if (previous.current !== undefined && previous.current !== folder) dispatch({ type: 'corpusChanged' });
    if (previous.current === undefined && folder === null) dispatch({ type: 'setFolderPanel', open: true });
    previous.current = folder;
  }, [folder, dispatch]);

  const name = status?.folderName ?? null;
  useEffect(() => {
    document.title = name ? `${name} — Parallax` : 'Parallax';
  }, [name]);
}
