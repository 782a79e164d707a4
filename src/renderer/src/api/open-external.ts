import { isWebLink } from '../../../shared/web-link';
import { getShell } from './bridge';


/** In Electron, links go to the system browser; returns false when the browser should handle it. */
export function openExternal(url: string): boolean {
  const shell = getShell();
  if (!shell || !isWebLink(url)) return false;
  void shell.openExternal(url);
  return true;
}
