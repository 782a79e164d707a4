import { describe, expect, it } from 'vitest';
import { buildVariantModel } from './model';
import { loadVariantModel, serializeVariantModel } from './serialize';
import { loadSeeds as seedDocs } from '../../node/eval/name-variants-seeds';

describe('serializeVariantModel / loadVariantModel', () => {
  const m = buildVariantModel(seedDocs(), { merges: [['Vladimir', 'Volodymyr']], splits: [], rejects: [] });
  it('round-trips through plain JSON', () => {
    const json = serializeVariantModel(m);
    expect(() => JSON.parse(json)).not.toThrow();
    const back = loadVariantModel(json)!;
    expect(back.groups).toEqual(m.groups);
    expect(back.names).toEqual(m.names);
    expect([...back.groupOfSpelling]).toEqual([...m.groupOfSpelling]);
    expect(back.decisions).toEqual(m.decisions);
  });
  it('returns null for anything damaged, so the caller rebuilds', () => {
    const json = serializeVariantModel(m);
    for (const bad of ['', '{', 'null', '[]', json.slice(0, json.length / 2), json.replace('"version":2', '"version":1'), JSON.stringify({ kind: 'parallax-variants', version: 2, base: { groups: 3 }, decisions: {} })]) {
      expect(loadVariantModel(bad)).toBeNull();
    }
  });
});
