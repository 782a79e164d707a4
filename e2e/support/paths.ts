import { resolve } from 'node:path';

export const REPO = resolve(__dirname, '../..');
export const SHARED = resolve(process.env.PARALLAX_SHARED ?? resolve(REPO, '../shared'));
export const SEEDS = resolve(SHARED, 'corpus/seeds');
export const BASIL = resolve(SHARED, 'corpus/basil');
export const BBC = resolve(SHARED, 'corpus/bbc');
export const SAMPLE = resolve(REPO, 'resources/sample-corpus');
export const CLI = resolve(REPO, 'out/main/cli.js');
export const SCREENSHOTS = resolve(REPO, 'e2e/screenshots');
