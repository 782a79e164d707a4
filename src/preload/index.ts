/**
 * The bridge: exactly the CorpusApi and a few desktop abilities, never ipcRenderer itself.
 * Runs sandboxed; electron-vite bundles the shared method list into this file (it holds no
 * schemas, so no package is required at run time).
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { ipcChannel, proxyApi } from '../shared/corpus-api';
import { shellChannel } from '../shared/shell-contract';
import type { ParallaxBridge, ShellApi } from './api';

const corpus = proxyApi((method, input) => ipcRenderer.invoke(ipcChannel(method), input ?? {}));

const shell: ShellApi = {
  chooseFolder: () => ipcRenderer.invoke(shellChannel('chooseFolder')),
  saveFile: (input) => ipcRenderer.invoke(shellChannel('saveFile'), input),
  openExternal: (url) => ipcRenderer.invoke(shellChannel('openExternal'), url),
  pathForFile: (file) => webUtils.getPathForFile(file),
};

const bridge: ParallaxBridge = { corpus, shell };
contextBridge.exposeInMainWorld('parallax', bridge);
