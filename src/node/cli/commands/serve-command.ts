import { join } from 'node:path';
import { intFlag, type Args } from '../args';
import type { Logger } from '../../log/logger';
import { CliFailure, dataDirOf } from '../open-corpus';
import { CorpusService } from '../../service/corpus-service';
import { validatingApi } from '../../service/dispatch';
import { startBrowserServer } from '../../server/http-server';
import { openInBrowser } from '../open-in-browser';

/** `serve <folder> [--port N] [--open]`: browser mode on 127.0.0.1, until interrupted. */
export async function serveCommand(args: Args, out: (s: string) => void, log: Logger, folder = args.positionals[1]): Promise<void> {
  const port = intFlag(args, 'port', 0, 65535);
  const service = new CorpusService({ dataDir: dataDirOf(args), workerPath: join(__dirname, 'index-worker.js'), log });
  if (folder) {
    const opened = await validatingApi(service).openFolder({ path: folder });
    if (!opened.ok) throw new CliFailure(opened.error.message);
  }
  let server;
  try {
    server = await startBrowserServer(service, { port, rendererDir: join(__dirname, '../renderer'), log });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EADDRINUSE') log.error('cli', 'The browser-mode server could not start.', err);
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
