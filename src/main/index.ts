/**
 * Electron main: a thin shell over the corpus service. The service (and its index worker)
 * is the same one the CLI and browser mode use.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { app } from 'electron';
import { createFileLogger } from '../node/log/logger';
import { CorpusService } from '../node/service/corpus-service';
import { buildAppMenu } from './app-menu';
import { registerCorpusHandlers } from './ipc-handlers';
import { registerShellHandlers } from './shell-handlers';
import { createMainWindow, hardenSession, isOwnUrl } from './window';

/** A folder named on the command line, else the bundled sample corpus. */
function startFolder(argv: string[]): string {
  for (const arg of argv.slice(1).reverse()) {
    if (arg.startsWith('-')) continue;
    const p = resolve(arg);
    if (p !== resolve(app.getAppPath()) && existsSync(p) && statSync(p).isDirectory()) return p;
  }
  return join(app.getAppPath(), 'resources', 'sample-corpus');
}

if (!app.requestSingleInstanceLock()) app.quit();

app.whenReady().then(async () => {
  hardenSession();
  // Unexpected failures go to <userData>/logs/parallax.log, never beside the user's articles.
  const log = createFileLogger({ dataDir: app.getPath('userData') });
  // A monitor only: the crash itself goes on as Electron handles it.
  process.on('uncaughtExceptionMonitor', (err, origin) => log.error('main', `Uncaught ${origin === 'unhandledRejection' ? 'rejection' : 'exception'} in the main process.`, err));
  const service = new CorpusService({ dataDir: app.getPath('userData'), workerPath: join(__dirname, 'index-worker.js'), log });
  registerCorpusHandlers(service, isOwnUrl);
  registerShellHandlers(isOwnUrl);
  const actions = {
    openFolder: (path: string) => {
      void service.openFolder({ path }).then(() => buildAppMenu(actions));
    },
    recentFolders: async () => {
      const r = await service.recentFolders();
      return r.ok ? r.value : [];
    },
  };
  await service.openFolder({ path: startFolder(process.argv) });
  await buildAppMenu(actions);
  createMainWindow();
  app.on('second-instance', (_e, argv) => actions.openFolder(startFolder(argv)));
  app.on('window-all-closed', () => {
    void service.dispose();
    app.quit();
  });
});
