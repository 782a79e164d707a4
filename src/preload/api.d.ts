import type { CorpusApi } from '../shared/corpus-api';
import type { ShellCalls } from '../shared/shell-contract';

/** Desktop-only abilities (the shell table's calls, and one the preload answers itself); absent in browser mode. */
export interface ShellApi extends ShellCalls {
  /** The path of a file or folder dropped on the window. */
  pathForFile(file: File): string;
}

export interface ParallaxBridge {
  corpus: CorpusApi;
  shell: ShellApi;
}

declare global {
  interface Window {
    parallax?: ParallaxBridge;
  }
}
