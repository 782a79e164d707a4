import { join } from 'node:path';
import type { CorpusApi } from '../../shared/corpus-api';
import type { CorpusStatus } from '../../shared/status';
import { CorpusService } from '../service/corpus-service';
import { validatingApi } from '../service/dispatch';
import { defaultDataDir } from '../store/data-dir';
import type { Logger } from '../log/logger';
import type { Args } from './args';

export class CliFailure extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

/**
 * A service with the folder opened and indexed (from cache when unchanged), as every command
 * needs; `api` is the service behind the same input checks as IPC and HTTP calls, for the
 * commands' calls. `service` is for its life cycle (dispose).
 */
export async function openCorpus(folder: string | undefined, args: Args, log: Logger): Promise<{ service: CorpusService; api: CorpusApi; status: CorpusStatus }> {
  if (!folder) throw new CliFailure('Name a folder of articles.', 2);
  const service = new CorpusService({ dataDir: dataDirOf(args), workerPath: join(__dirname, 'index-worker.js'), log });
  const api = validatingApi(service);
  const opened = await api.openFolder({ path: folder });
  if (!opened.ok) throw new CliFailure(opened.error.message);
  const status = await service.whenSettled();
  if (status.state !== 'ready') {
    const details = status.logFile ? ` Details were written to ${status.logFile}.` : '';
    throw new CliFailure(`${status.error ?? 'The folder could not be opened.'}${details}`);
  }
  return { service, api, status };
}

/** --data-dir, else the platform's user-data folder. */
export function dataDirOf(args: Args): string {
  const given = args.flags.get('data-dir');
  return typeof given === 'string' ? given : defaultDataDir();
}

/** Unwraps a Result or fails the command with its message (status 2 for a query the user must fix). */
export function must<T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (r.ok) return r.value;
  throw new CliFailure(r.error.message, r.error.code === 'invalid-query' || r.error.code === 'invalid-input' ? 2 : 1);
}
