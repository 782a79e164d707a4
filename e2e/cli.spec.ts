import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SEEDS } from './support/paths';
import { runCli, runJson } from './support/run-cli';

let dataDir: string;
test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
});
test.afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

interface IndexOut { documents: number; skipped: { path: string; reason: string }[]; outlets: { name: string; count: number }[]; fromCache: boolean; notices: string[] }
interface ListRow { path: string; title: string; outlet: string; date: string | null; url: string | null; words: number }
interface SearchOut { total: number; hits: { path: string; title: string; outlet: string; date: string | null; score: number; snippets: string[] }[] }

const seedFiles = readdirSync(SEEDS).sort();
const seedText = (f: string) => readFileSync(join(SEEDS, f), 'utf8');

test('index, list and search the seeds', () => {
  const idx = runJson<IndexOut>(['index', SEEDS], dataDir);
  expect(idx.documents).toBe(seedFiles.length);
  expect(idx.skipped).toEqual([]);
  expect(idx.outlets.reduce((n, o) => n + o.count, 0)).toBe(seedFiles.length);

  const list = runJson<ListRow[]>(['list', SEEDS], dataDir);
  expect(list.map((r) => r.path).sort()).toEqual(seedFiles);
  for (const r of list) {
    expect(Object.keys(r).sort()).toEqual(['date', 'outlet', 'path', 'title', 'url', 'words']);
    expect(r.date === null || /^\d{4}-\d{2}-\d{2}$/.test(r.date)).toBe(true);
    expect(r.words).toBeGreaterThan(100);
  }

  const res = runJson<SearchOut>(['search', SEEDS, 'Lavrov'], dataDir);
  expect(res.total).toBe(5);
  for (const h of res.hits) expect(h.snippets.join(' ')).toMatch(/Lavrov/);

  const phrase = runJson<SearchOut>(['search', SEEDS, '"deaf person"'], dataDir);
  const expected = seedFiles.filter((f) => /deaf person/i.test(seedText(f)));
  expect(phrase.hits.map((h) => h.path).sort()).toEqual(expected);
});

test('an invalid query exits 2 with one line and no stack trace', () => {
  for (const q of ['~', 'php:', 'hello^', '"unbalanced', '*']) {
    const r = runCli(['search', SEEDS, q], dataDir);
    expect(r.status, q).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }
});

test('an unknown flag or a flag missing its value exits 2 with one line naming it; --help exits 0', () => {
  for (const [args, flag] of [
    [['search', SEEDS, 'Lavrov', '--limt', '2'], '--limt'],
    [['index', SEEDS, '--jsn'], '--jsn'],
    [['search', SEEDS, 'Lavrov', '--also'], '--also'],
    [['search', SEEDS, 'Lavrov', '--limit', 'ten'], '--limit'],
  ] as const) {
    const r = runCli([...args], dataDir);
    expect(r.status, args.join(' ')).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(flag);
    expect(r.stdout).toBe('');
  }
  const help = runCli(['search', '--help'], dataDir);
  expect(help.status).toBe(0);
  expect(help.stdout).toMatch(/^Usage: parallax search <folder> "<query>"/);
  expect(help.stdout).toContain('--limit N');
  const all = runCli(['--help'], dataDir);
  expect(all.status).toBe(0);
  for (const command of ['index', 'list', 'search', 'compare', 'stories', 'variants', 'serve', 'start']) expect(all.stdout).toContain(`  ${command} `);
});

test('failures are logged in the data folder, and --verbose prints them too', () => {
  const missing = join(dataDir, 'no-such-folder');
  const quiet = runCli(['index', missing], dataDir);
  expect(quiet.status).toBe(1);
  expect(quiet.stderr.trim().split('\n')).toHaveLength(1);
  const log = readFileSync(join(dataDir, 'logs', 'parallax.log'), 'utf8');
  expect(log).toContain('A folder could not be opened (not-found).');
  const loud = runCli(['index', missing, '--verbose'], dataDir);
  expect(loud.status).toBe(1);
  expect(loud.stderr).toMatch(/"level":"warn".*A folder could not be opened/);
});

test('a missing folder is a clear error', () => {
  const r = runCli(['index', join(dataDir, 'no-such-folder')], dataDir);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/There is no folder at/);
});

test('reopening uses the saved index, and picks up changed, added and removed files', () => {
  const folder = join(dataDir, 'corpus');
  cpSync(SEEDS, folder, { recursive: true });
  expect(runJson<IndexOut>(['index', folder], dataDir).fromCache).toBe(false);
  expect(runJson<IndexOut>(['index', folder], dataDir).fromCache).toBe(true);

  writeFileSync(join(folder, 'new-article.txt'), 'Zanzibar ferry\n\nA ferry to Zanzibar was delayed by the storm.\n');
  rmSync(join(folder, seedFiles[4]));
  const changed = join(folder, seedFiles[0]);
  writeFileSync(changed, seedText(seedFiles[0]).replace('Moscow', 'Quetzaltenango'));
  utimesSync(changed, new Date(), new Date(Date.now() + 5000));
  const again = runJson<IndexOut>(['index', folder], dataDir);
  expect(again.fromCache).toBe(false);
  expect(again.documents).toBe(5);
  expect(runJson<SearchOut>(['search', folder, 'Zanzibar'], dataDir).total).toBe(1);
  expect(runJson<SearchOut>(['search', folder, 'Quetzaltenango'], dataDir).hits.map((h) => h.path)).toEqual([seedFiles[0]]);
});

test('a damaged saved index is rebuilt with a notice', () => {
  const folder = join(dataDir, 'corpus');
  cpSync(SEEDS, folder, { recursive: true });
  runJson<IndexOut>(['index', folder], dataDir);
  const corpora = join(dataDir, 'corpora');
  const cacheFile = join(corpora, readdirSync(corpora)[0], 'index.cache');
  const bytes = readFileSync(cacheFile);
  bytes[bytes.length - 100] ^= 0xff;
  writeFileSync(cacheFile, bytes);
  const r = runJson<IndexOut>(['index', folder], dataDir);
  expect(r.fromCache).toBe(false);
  expect(r.notices.join(' ')).toMatch(/damaged/);
  expect(runJson<SearchOut>(['search', folder, 'Lavrov'], dataDir).total).toBe(5);
});

test('strange files are skipped and listed, the rest is indexed', () => {
  const folder = join(dataDir, 'strange');
  mkdirSync(join(folder, 'sub', '.hidden'), { recursive: true });
  cpSync(join(SEEDS, seedFiles[2]), join(folder, 'sub', 'sky.txt'));
  writeFileSync(join(folder, 'sub', '.hidden', 'secret.txt'), 'Hidden folders are not read.');
  writeFileSync(join(folder, 'empty.txt'), '');
  writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 0, 9]));
  writeFileSync(join(folder, 'huge.txt'), Buffer.alloc(11 * 1024 * 1024, 0x61));
  symlinkSync(folder, join(folder, 'sub', 'loop'));
  const r = runJson<IndexOut>(['index', folder], dataDir);
  expect(r.documents).toBe(1);
  const reasons = Object.fromEntries(r.skipped.map((s) => [s.path, s.reason]));
  expect(Object.keys(reasons).sort()).toEqual(['binary.txt', 'empty.txt', 'huge.txt']);
  for (const reason of Object.values(reasons)) expect(reason.length).toBeGreaterThan(5);
});
