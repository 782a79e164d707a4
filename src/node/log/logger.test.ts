import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileLogger, logFilePath, redact } from './logger';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'parallax-log-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { time: string; level: string; area: string; message: string; error?: Record<string, string> });

describe('createFileLogger', () => {
  it('creates nothing until the first line, then writes JSON lines under <dataDir>/logs', () => {
    const log = createFileLogger({ dataDir, now: () => new Date('2024-05-01T10:00:00Z') });
    expect(log.file).toBe(logFilePath(dataDir));
    expect(readdirSync(dataDir)).toEqual([]);
    const err = Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    log.error('service', 'The index could not be saved', err);
    log.warn('cli', 'something odd');
    const [first, second] = lines(logFilePath(dataDir));
    expect(first).toMatchObject({ time: '2024-05-01T10:00:00.000Z', level: 'error', area: 'service', message: 'The index could not be saved' });
    expect(first.error).toMatchObject({ name: 'Error', message: 'disk full', code: 'ENOSPC' });
    expect(first.error?.stack).toMatch(/^at /);
    expect(second).toMatchObject({ level: 'warn', area: 'cli', message: 'something odd' });
    expect(second.error).toBeUndefined();
  });

  it('rotates past the size limit and keeps that many files', () => {
    const log = createFileLogger({ dataDir, maxBytes: 1000, keep: 3 });
    for (let i = 0; i < 60; i++) log.warn('test', `line ${i} ${'x'.repeat(80)}`);
    const files = readdirSync(join(dataDir, 'logs')).sort();
    expect(files).toEqual(['parallax.log', 'parallax.log.1', 'parallax.log.2']);
    for (const f of files) expect(readFileSync(join(dataDir, 'logs', f)).length).toBeLessThanOrEqual(1000);
    // The newest line is in the current file, the ones before it in .1.
    expect(lines(logFilePath(dataDir)).at(-1)?.message).toMatch(/^line 59 /);
    const older = lines(`${logFilePath(dataDir)}.1`).at(-1)?.message ?? '';
    expect(Number(/^line (\d+)/.exec(older)?.[1])).toBe(Number(/^line (\d+)/.exec(lines(logFilePath(dataDir))[0].message)?.[1]) - 1);
  });

  it('takes up the size of a log left by an earlier run', () => {
    createFileLogger({ dataDir }).warn('test', 'first run');
    writeFileSync(logFilePath(dataDir), 'y'.repeat(990) + '\n');
    createFileLogger({ dataDir, maxBytes: 1000 }).warn('test', 'second run');
    expect(readFileSync(`${logFilePath(dataDir)}.1`, 'utf8')).toMatch(/^y+\n$/);
    expect(lines(logFilePath(dataDir)).map((l) => l.message)).toEqual(['second run']);
  });

  it('never throws, even where the log cannot be written', () => {
    const file = join(dataDir, 'not-a-folder');
    writeFileSync(file, '');
    const echoed: string[] = [];
    const log = createFileLogger({ dataDir: file, echo: (l) => echoed.push(l) });
    expect(() => log.error('test', 'cannot write', new Error('boom'))).not.toThrow();
    expect(() => log.warn('test', 'again', { weird: true })).not.toThrow();
    expect(echoed).toHaveLength(2);
  });

  it('leaves token-like runs, the home directory and long texts out of what it writes', () => {
    const token = 'Qm9vbXNoYWthbGFrYV9zZWNyZXRfdG9rZW5fMTIzNDU2Nzg5MA';
    const article = 'The minister said the talks had stalled. '.repeat(40);
    const log = createFileLogger({ dataDir });
    log.error('http', `GET /?token=${token} failed`, new Error(article));
    const written = readFileSync(logFilePath(dataDir), 'utf8');
    expect(written).not.toContain(token);
    expect(written).not.toContain(article);
    expect(written.length).toBeLessThan(3000);
    expect(redact('a'.repeat(10), 5)).toBe('aaaaa… (5 more characters left out)');
  });
});
