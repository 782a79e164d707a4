import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SEEDS } from './support/paths';
import { runCli, runJson } from './support/run-cli';

interface CompareOut {
  similarity: number;
  similarityDefinition: string;
  counts: Record<string, number>;
  spellingChanges: number;
  segments: { kind: string; a: string | null; b: string | null; changes: { a: string; b: string; spellingOnly: boolean; reason?: string }[] }[];
}

const ITV = '000_7d0430d80f6f4323.txt';
const COPY = '001_b3aaf2930145f7ea.txt';

let dataDir: string;
test.beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'parallax-compare-cli-'));
});
test.afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

test('compare 000 with its copy 001: the spelling-only pair is its own kind, counted, with the one similarity and what it means', () => {
  const c = runJson<CompareOut>(['compare', SEEDS, ITV, COPY], dataDir);
  expect(c.counts.spelling).toBe(1);
  expect(c.spellingChanges).toBe(1);
  expect(c.similarityDefinition).toMatch(/^Similarity: /);
  const spelling = c.segments.filter((s) => s.kind === 'spelling');
  expect(spelling).toHaveLength(1);
  expect(spelling[0].changes).toEqual([expect.objectContaining({ a: 'Sergei ', b: 'Sergay ', spellingOnly: true, reason: 'name-variant' })]);

  const text = runCli(['compare', SEEDS, ITV, COPY], dataDir);
  expect(text.status).toBe(0);
  expect(text.stdout).toContain(`Similarity ${Math.round(c.similarity * 100)}%`);
  expect(text.stdout).toMatch(/same \(spelling\) 1 · .* · spelling-only changes 1/);
  expect(text.stdout).toContain('[same (spelling)]');
  expect(text.stdout).toContain('spelling only: Sergei → Sergay (another spelling of the name)');
  expect(text.stdout).toContain(c.similarityDefinition);
});
