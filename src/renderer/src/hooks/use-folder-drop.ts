/**
 * A folder dropped on the window opens it (desktop only: a browser page never learns the path
 * of a dropped item). In both modes a drop must not navigate away to the dropped file, which
 * would throw the whole session away.
 */
import { useEffect, useState } from 'react';
import { getShell } from '../api/bridge';
import { useStatus } from './use-status';

export function useFolderDrop(): { dragging: boolean; error: string | null; clearError(): void } {
  const { openFolder } = useStatus();
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const shell = getShell();
    const hasFiles = (e: DragEvent) => Boolean(e.dataTransfer?.types.includes('Files'));
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = shell ? 'copy' : 'none';
      if (shell) setDragging(true);
    };
    const leave = (e: DragEvent) => {
      // Leaving for a child element also fires dragleave; only the window edge counts.
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (!shell || !file) return;
      const path = shell.pathForFile(file);
      if (!path) return setError('Could not tell where the dropped item is. Use “Open folder…” instead.');
      void openFolder(path).then((res) => setError(res.ok ? null : res.error.message));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [openFolder]);

  return { dragging, error, clearError: () => setError(null) };
}
