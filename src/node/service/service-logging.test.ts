import { existsSync, mkdtempSync, promises as fs, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileLogger, logFilePath, type Logger } from '../log/logger';
import { fakeWorkers, inProcessWorker } from '../test-support/index-workers';
import { CorpusService } from './corpus-service';

/** What the service writes to its log when something fails, and what it never writes there. */
const ARTICLE = 'Quetzaltenango ferry operators said the Zanzibar crossing was delayed by the storm.';
const QUERY = 'Quetzaltenango';

let base: string;
let dataDir: string;
let folder: string;
let log: Logger;
let service: CorpusService | null = null;

beforeEach(async () => {
  base = mkdtempSync(join(tmpdir(), 'parallax-service-log-'));
  dataDir = join(base, 'data');
  folder = join(base, 'articles');
  await fs.mkdir(folder);
  await fs.writeFile(join(folder, 'ferry.txt'), `Ferry delayed\n\n${ARTICLE}\n`);
  log = createFileLogger({ dataDir });
});

afterEach(async () => {
  await service?.dispose();
  service = null;
  await fs.rm(base, { recursive: true, force: true });
});

const logged = () => (existsSync(logFilePath(dataDir)) ? readFileSync(logFilePath(dataDir), 'utf8') : '');
const entries = () =>
  logged()
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { level: string; area: string; message: string });

describe('CorpusService logging', () => {
  it('logs a folder that failed to index, without the articles or the path', async () => {
    const fake = fakeWorkers();
    service = new CorpusService({ dataDir, createWorker: fake.createWorker, log });
    await service.openFolder({ path: folder });
    fake.workers[0].send({ type: 'open-failed', message: 'Cannot read properties of undefined' });
    const settled = await service.whenSettled();
    expect(settled.state).toBe('error');
    // The status tells the UI where the details are.
    expect(settled.logFile).toBe(logFilePath(dataDir));
    expect(entries()).toEqual([{ time: expect.any(String), level: 'error', area: 'service', message: 'The folder could not be indexed: Cannot read properties of undefined' }]);
    expect(logged()).not.toContain(ARTICLE.slice(0, 20));
    expect(logged()).not.toContain(base);
  });

  it('logs a crashed worker and a folder that could not be opened, by its code only', async () => {
    const fake = fakeWorkers();
    service = new CorpusService({ dataDir, createWorker: fake.createWorker, log });
    const missing = await service.openFolder({ path: join(base, 'no-such-folder') });
    expect(missing.ok).toBe(false);
    await service.openFolder({ path: folder });
    fake.workers[0].crash('out of memory', 134);
    await service.whenSettled();
    expect(entries().map((e) => [e.level, e.message])).toEqual([
      ['warn', 'A folder could not be opened (not-found).'],
      ['error', 'The index worker stopped: out of memory'],
    ]);
    expect(logged()).not.toContain(base);
  });

  it('writes no article text and no query, whatever the calls', async () => {
    service = new CorpusService({ dataDir, createWorker: inProcessWorker, log });
    await service.openFolder({ path: folder });
    expect((await service.whenSettled()).state).toBe('ready');
    expect((await service.search({ query: QUERY, limit: 5 })).ok).toBe(true);
    expect((await service.search({ query: `${QUERY}^`, limit: 5 })).ok).toBe(false);
    expect((await service.getDocument({ id: 'not-there.txt' })).ok).toBe(false);
    expect(logged()).not.toContain(QUERY);
    expect(logged()).not.toContain('Zanzibar');
  });

  it('without a log, says nothing of one', async () => {
    service = new CorpusService({ dataDir, createWorker: fakeWorkers().createWorker });
    const r = await service.status();
    expect(r.ok && 'logFile' in r.value).toBe(false);
  });
});
