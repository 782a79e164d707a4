import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLunrIndex } from '../../core/search/build-index';
import { metaFor } from '../../core/search/test-corpus';
import { packPayload, unpackPayload } from './cache-payload';

const SEEDS = resolve(__dirname, '../../../../shared/corpus/seeds');
const docs = readdirSync(SEEDS).sort().map((f, i) => {
  const text = readFileSync(resolve(SEEDS, f), 'utf8') + '\nCafé, Москва, 東京.';
  return { meta: metaFor(f, text.split('\n')[0], 'Outlet'), text, fp: [text.length, i] as [number, number] };
});

describe('the cache payload', () => {
  it('comes back exactly as it was packed, index included', () => {
    const { json } = buildLunrIndex(docs);
    const payload = { docs, failed: [{ path: 'bad.txt', reason: 'binary file, not text', fp: [3, 4] as [number, number] }], index: json, variants: '{"v":1}' };
    const back = unpackPayload(packPayload(payload));
    expect(back).toEqual(JSON.parse(JSON.stringify(payload)));
  });

  it('is refused when a section is missing or inconsistent', () => {
    const { json } = buildLunrIndex(docs);
    const sections = packPayload({ docs, failed: [], index: json, variants: '' });
    expect(unpackPayload({ ...sections, texts: sections.texts.subarray(1) })).toBeNull();
    const { vectorTerms: _gone, ...missing } = sections;
    expect(unpackPayload(missing)).toBeNull();
    expect(unpackPayload({ ...sections, meta: Buffer.from('{') })).toBeNull();
  });
});
