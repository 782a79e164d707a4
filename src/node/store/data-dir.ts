import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Where Parallax keeps its own files: never inside the user's folder. Electron passes
 * app.getPath('userData'); plain Node follows each platform's convention. PARALLAX_DATA_DIR
 * overrides both (tests and portable use).
 */
export function defaultDataDir(): string {
  if (process.env.PARALLAX_DATA_DIR) return process.env.PARALLAX_DATA_DIR;
  const home = homedir();
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Parallax');
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Parallax');
  return join(process.env.XDG_DATA_HOME ?? join(home, '.local', 'share'), 'parallax');
}

/** One folder of state per opened corpus, named by a hash of its real path. */
export function corpusStateDir(dataDir: string, realRoot: string): string {
  const hash = createHash('sha256').update(realRoot).digest('hex').slice(0, 20);
  const name = basename(realRoot).replace(/[^\p{L}\p{N}_.-]/gu, '_').slice(0, 40) || 'root';
  return join(dataDir, 'corpora', `${name}-${hash}`);
}
