/**
 * The bridge: exactly the CorpusApi and a few desktop abilities, never ipcRenderer itself.
 * Runs sandboxed; electron-vite bundles the shared method list into this file.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { CORPUS_METHODS, ipcChannel, type CorpusApi } from '../shared/corpus-api';
import type { ParallaxBridge, ShellApi } from './api';

const corpus = Object.fromEntries(
  CORPUS_METHODS.map((m) => [m, (input: unknown) => ipcRenderer.invoke(ipcChannel(m), input ?? {})]),
) as unknown as CorpusApi;

const shell: ShellApi = {
  chooseFolder: () => ipcRenderer.invoke('shell:chooseFolder'),
  saveFile: (input) => ipcRenderer.invoke('shell:saveFile', input),
  openExternal: (url) => ipcRenderer.invoke('shell:openExternal', url),
  pathForFile: (file) => webUtils.getPathForFile(file),
};

const bridge: ParallaxBridge = { corpus, shell };
contextBridge.exposeInMainWorld('parallax', bridge);
