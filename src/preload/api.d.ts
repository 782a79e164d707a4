import type { CorpusApi } from '../shared/corpus-api';

/** Desktop-only abilities; absent in browser mode. */
export interface ShellApi {
  chooseFolder(): Promise<string | null>;
  saveFile(input: { suggestedName: string; content: string }): Promise<{ saved: boolean; path: string | null }>;
  openExternal(url: string): Promise<void>;
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
