import { existsSync } from 'node:fs';

/** The Electron binary's path, or null where the runtime was never downloaded. */
export function electronBinary(): string | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const path = require('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
