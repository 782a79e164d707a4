import { getShell } from './bridge';

/** Only web links leave the app: a `javascript:` or `file:` URL from an article is not followed. */
export function isWebUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** In Electron, links go to the system browser; returns false when the browser should handle it. */
export function openExternal(url: string): boolean {
  const shell = getShell();
  if (!shell || !isWebUrl(url)) return false;
  void shell.openExternal(url);
  return true;
}
