import { join } from 'node:path';
import { intFlag, type Args } from '../args';
import { CliFailure } from '../open-corpus';
import { CorpusService } from '../../service/corpus-service';
import { validatingApi } from '../../service/dispatch';
import { defaultDataDir } from '../../store/data-dir';
import { startBrowserServer } from '../../server/http-server';
import { openInBrowser } from '../open-in-browser';

/** `serve <folder> [--port N] [--open]`: browser mode on 127.0.0.1, until interrupted. */
export async function serveCommand(args: Args, out: (s: string) => void, folder = args.positionals[1]): Promise<void> {
  const port = intFlag(args, 'port', 0, 65535);
  const dataDir = typeof args.flags.get('data-dir') === 'string' ? (args.flags.get('data-dir') as string) : defaultDataDir();
  const service = new CorpusService({ dataDir, workerPath: join(__dirname, 'index-worker.js') });
  if (folder) {
    const opened = await validatingApi(service).openFolder({ path: folder });
    if (!opened.ok) throw new CliFailure(opened.error.message);
  }
  let server;
  try {
    server = await startBrowserServer(service, { port, rendererDir: join(__dirname, '../renderer') });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliFailure(code === 'EADDRINUSE' ? `Port ${port} is in use: choose another with --port, or leave it out.` : `The server could not start (${code}).`);
  }
  out(`Parallax is running in your browser at:\n\n  ${server.url}\n\nKeep this window open; press Ctrl+C to stop.`);
  if (args.flags.has('open')) openInBrowser(server.url);
  const stop = async () => {
    await service.dispose();
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await new Promise(() => undefined);
}
