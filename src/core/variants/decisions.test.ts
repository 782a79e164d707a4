import { describe, expect, it } from 'vitest';
import { applyDecisions, buildVariantModel } from './model';
import { loadSeeds as seedDocs } from '../../node/eval/name-variants-seeds';
import type { CorpusDoc } from './lexicon';
import { resolveGroups, type Decisions, type Resolved } from './decisions';
import type { BaseModel, GroupMember, VariantModel } from './types';
import { ruleNames } from '../../shared/variant-reasons';

const groupOf = (m: VariantModel, word: string): string[] => {
  const id = m.groupOfSpelling.get(word.toLowerCase());
  return id ? m.groups.find((g) => g.id === id)!.spellings.map((s) => s.text).sort() : [];
};
const none = { merges: [], splits: [], rejects: [] };

const doc = (id: string, text: string, outlet = 'Test'): CorpusDoc => ({ id, outlet, text });

describe('user decisions', () => {
  const base = buildVariantModel(seedDocs());
  it('merge: sets of spellings become one group, anchored on the most frequent', () => {
    expect(groupOf(base, 'Volodymyr')).toEqual([]);
    const m = applyDecisions(base, { ...none, merges: [['Volodymyr', 'Vladimir']] });
    expect(groupOf(m, 'Volodymyr')).toEqual(['Vladimir', 'Volodymyr']);
    const g = m.groups.find((x) => x.id === 'w:vladimir')!;
    expect(g.spellings.map((s) => s.reasons[0].match)).toEqual(['anchor', 'user']);
    expect(g.spellings.map((s) => ruleNames(s.reasons))).toEqual(['anchor', 'user merge']);
  });
  it('merge into an existing group keeps the automatic reasons of its members', () => {
    const m = applyDecisions(base, { ...none, merges: [['Sergei', 'Zelenskiy']] });
    const g = m.groups.find((x) => x.id === m.groupOfSpelling.get('sergei'))!;
    expect(g.spellings.map((s) => s.text).sort()).toEqual(['Sergay', 'Sergei', 'Sergey', 'Zelenskiy']);
    expect(g.spellings.find((s) => s.text === 'Sergey')!.reasons).toEqual(base.groups.find((x) => x.id === 'w:sergei')!.spellings.find((s) => s.text === 'Sergey')!.reasons);
  });
  it('split: a spelling leaves its group, and its full names leave theirs', () => {
    const m = applyDecisions(base, { ...none, splits: ['Sergay'] });
    expect(groupOf(m, 'Sergei')).toEqual(['Sergei', 'Sergey']);
    expect(m.groupOfSpelling.has('sergay')).toBe(false);
    expect(m.names.find((n) => n.id === 'n:sergei lavrov')!.spellings.map((s) => s.text)).not.toContain('Sergay Lavrov');
  });
  it('split of the anchor re-anchors the rest', () => {
    const m = applyDecisions(base, { ...none, splits: ['Sergei'] });
    expect(m.groupOfSpelling.has('sergei')).toBe(false);
    expect(groupOf(m, 'Sergey')).toEqual(['Sergay', 'Sergey']);
  });
  it('reject: the group disappears', () => {
    const m = applyDecisions(base, { ...none, rejects: ['Sergei'] });
    expect(m.groupOfSpelling.has('sergei')).toBe(false);
    expect(m.groupOfSpelling.has('sergey')).toBe(false);
    expect(m.names.find((n) => n.id === 'n:sergei lavrov')).toBeUndefined();
  });
  it('decisions survive a rebuild on a changed corpus, even when the anchor changes', () => {
    const decisions = { merges: [['Vladimir', 'Volodymyr']], splits: ['Sergay'], rejects: [] };
    const more = Array.from({ length: 12 }, (_, i) => doc(`n${i}`, 'Minister Sergey Lavrov and Volodymyr Zelensky.', 'Reuters'));
    const m = buildVariantModel([...seedDocs(), ...more], decisions);
    expect(groupOf(m, 'Sergey')).toEqual(['Sergei', 'Sergey']);
    expect(m.groupOfSpelling.get('sergei')).toBe('w:sergey');
    expect(groupOf(m, 'Vladimir')).toEqual(['Vladimir', 'Volodymyr']);
    const rejected = buildVariantModel([...seedDocs(), ...more], { merges: [], splits: [], rejects: ['Sergei'] });
    expect(rejected.groupOfSpelling.has('sergey')).toBe(false);
  });
  it('group ids are stable: derived from the anchor, independent of document order', () => {
    const a = buildVariantModel(seedDocs());
    const b = buildVariantModel([...seedDocs()].reverse());
    expect(b.groups.map((g) => g.id)).toEqual(a.groups.map((g) => g.id));
    expect(a.groups.map((g) => g.id)).toContain('w:sergei');
  });
  it('applying decisions to a model equals building with them', () => {
    const d = { merges: [['Truss', 'Trus']], splits: ['Sergey'], rejects: [] };
    expect(applyDecisions(base, d).groups).toEqual(buildVariantModel(seedDocs(), d).groups);
  });
});

describe('resolveGroups on the engine’s members', () => {
  const stat = (text: string, count: number) => ({ text, count, documents: count, outlets: { Test: count } });
  const member = (norm: string, confidence: 'high' | 'possible' = 'possible'): GroupMember => ({
    norm,
    why: { match: 'romanisation', romanisation: ['ending -ei/-ey/-iy/-yy/-yi/-yj'], shifts: [] },
    evidence: [{ kind: 'romanisation', detail: 'Slavic endings' }],
    confidence,
  });
  // Two indexes of one folder: in the second, more articles write Sergey, so it is the anchor.
  const before: BaseModel = {
    groups: [
      { anchor: 'sergei', members: [member('sergey', 'high'), member('sergay')] },
      { anchor: 'kyiv', members: [member('kiev', 'high')] },
    ],
    words: { sergei: stat('Sergei', 9), sergey: stat('Sergey', 5), sergay: stat('Sergay', 1), kyiv: stat('Kyiv', 8), kiev: stat('Kiev', 3) },
    names: {},
  };
  const after: BaseModel = {
    groups: [{ anchor: 'sergey', members: [member('sergei', 'high'), member('sergay')] }, before.groups[1]],
    words: { ...before.words, sergey: stat('Sergey', 20) },
    names: {},
  };
  const d = (extra: Partial<Decisions>): Decisions => ({ merges: [], splits: [], rejects: [], ...extra });
  const anchors = (groups: Resolved[]) => groups.map((g) => g.anchor);

  it('passes the engine’s member objects through unchanged', () => {
    const [sergei] = resolveGroups(before, d({}));
    expect(sergei.members[0]).toBe(before.groups[0].members[0]);
    expect(sergei.members[1]).toBe(before.groups[0].members[1]);
  });

  it('a rejected group stays apart after re-indexing gives it another anchor', () => {
    const rejected = d({ rejectedSets: [['Sergei', 'Sergey', 'Sergay']] });
    expect(anchors(resolveGroups(before, rejected))).toEqual(['kyiv']);
    expect(anchors(resolveGroups(after, rejected))).toEqual(['kyiv']);
    // An old file knew only the anchor, Sergei: it still drops any group holding it.
    expect(anchors(resolveGroups(after, d({ rejects: ['Sergei'] })))).toEqual(['kyiv']);
  });

  it('a rejection drops only groups that join two of its spellings again', () => {
    const base: BaseModel = { ...after, groups: [{ anchor: 'sergey', members: [member('serhiy')] }] };
    expect(anchors(resolveGroups(base, d({ rejectedSets: [['Sergei', 'Sergey', 'Sergay']] })))).toEqual(['sergey']);
  });

  it('members a user merge brings in say so and are sure; the others keep the engine’s', () => {
    const [merged] = resolveGroups(before, d({ merges: [['Sergei', 'Sergey', 'Sergay', 'Kyiv', 'Kiev']] }));
    expect(merged.anchor).toBe('sergei');
    expect(merged.members.find((m) => m.norm === 'sergay')).toBe(before.groups[0].members[1]);
    for (const norm of ['kyiv', 'kiev']) {
      expect(merged.members.find((m) => m.norm === norm)).toEqual({ norm, why: { match: 'user', romanisation: [], shifts: [] }, evidence: [{ kind: 'user' }], confidence: 'high' });
    }
  });

  it('a confirmed group is high confidence with its evidence kept, also under a new anchor', () => {
    const confirms = [['Sergei', 'Sergey', 'Sergay']];
    for (const base of [before, after]) {
      const sergei = resolveGroups(base, d({ confirms }))[0];
      expect(sergei.members.map((m) => m.confidence)).toEqual(['high', 'high']);
      expect(sergei.members.map((m) => m.evidence)).toEqual(base.groups[0].members.map((m) => m.evidence));
    }
    // Kyiv was not confirmed: its member is the engine's own object still.
    expect(resolveGroups(before, d({ confirms }))[1].members[0]).toBe(before.groups[1].members[0]);
  });

  it('a spelling that joined after the confirmation still waits for review', () => {
    const grown: BaseModel = { ...before, groups: [{ anchor: 'sergei', members: [...before.groups[0].members, member('serhei')] }] };
    const [g] = resolveGroups(grown, d({ confirms: [['Sergei', 'Sergey', 'Sergay']] }));
    expect(g.members.map((m) => [m.norm, m.confidence])).toEqual([
      ['sergey', 'high'],
      ['sergay', 'high'],
      ['serhei', 'possible'],
    ]);
  });

  it('a split spelling leaves even a confirmed group', () => {
    const [g] = resolveGroups(before, d({ splits: ['Sergay'], confirms: [['Sergei', 'Sergey', 'Sergay']] }));
    expect(g.members.map((m) => m.norm)).toEqual(['sergey']);
  });
});
