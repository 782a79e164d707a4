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
    for (const bad of ['', '{', 'null', '[]', json.slice(0, json.length / 2), json.replace('"version":3', '"version":2'), JSON.stringify({ kind: 'parallax-variants', version: 3, base: { groups: 3 }, decisions: {} })]) {
      expect(loadVariantModel(bad)).toBeNull();
    }
  });
  it('rebuilds a cache whose members carry their reason as a rule-name string (version 2)', () => {
    const stored = JSON.parse(serializeVariantModel(m));
    for (const g of stored.base.groups) for (const member of g.members) member.reason = 'j/y/i';
    expect(loadVariantModel(JSON.stringify({ ...stored, version: 3 }))).not.toBeNull();
    for (const g of stored.base.groups) for (const member of g.members) delete member.why;
    expect(loadVariantModel(JSON.stringify({ ...stored, version: 3 }))).toBeNull();
  });
});
