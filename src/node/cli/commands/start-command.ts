import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Logger } from '../../log/logger';
import type { Args } from '../args';
import { electronBinary } from '../electron-runtime';
import { serveCommand } from './serve-command';

/**
 * `start [folder]` (npm start): the desktop window when the Electron runtime is installed,
 * otherwise browser mode with the same renderer, opened in the system browser if there is one.
 */
export async function startCommand(args: Args, out: (s: string) => void, log: Logger): Promise<void> {
  const appRoot = resolve(__dirname, '../..');
  const folder = args.positionals[1] ?? join(appRoot, 'resources', 'sample-corpus');
  const electron = args.flags.has('browser') ? null : electronBinary();
  if (electron) {
    const child = spawn(electron, [appRoot, folder], { stdio: 'inherit' });
    await new Promise<void>((r) => child.on('exit', () => r()));
    return;
  }
  out('The Electron runtime is not installed, so Parallax opens in your browser instead.');
  out('(Install the desktop runtime with `npm run install-electron`.)\n');
  args.flags.set('open', true);
  await serveCommand(args, out, log, folder);
}
