import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CORPUS_METHODS, ipcChannel, type CorpusApi } from '../shared/corpus-api';
import { fail } from '../shared/result';
import { dispatchCall } from '../node/service/dispatch';

/**
 * Only our own page's main frame may call: a sub-frame, another origin or a frame that is
 * gone (null) is refused before any service runs.
 */
export function senderAllowed(event: IpcMainInvokeEvent, isOwnUrl: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  return isOwnUrl(frame.url);
}

export function registerCorpusHandlers(api: CorpusApi, isOwnUrl: (url: string) => boolean): void {
  for (const method of CORPUS_METHODS) {
    ipcMain.handle(ipcChannel(method), (event, input: unknown) => {
      if (!senderAllowed(event, isOwnUrl)) return fail('forbidden', 'This call is only accepted from Parallax’s own window.');
      return dispatchCall(api, method, input);
    });
  }
}
