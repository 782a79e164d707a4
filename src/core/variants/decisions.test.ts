import { describe, expect, it } from 'vitest';
import { applyDecisions, buildVariantModel } from './model';
import { loadSeeds as seedDocs } from '../../node/eval/name-variants-seeds';
import type { CorpusDoc } from './lexicon';
import type { VariantModel } from './types';

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
    expect(g.spellings.map((s) => s.reason)).toEqual(['anchor', 'user merge']);
  });
  it('merge into an existing group keeps the automatic reasons of its members', () => {
    const m = applyDecisions(base, { ...none, merges: [['Sergei', 'Zelenskiy']] });
    const g = m.groups.find((x) => x.id === m.groupOfSpelling.get('sergei'))!;
    expect(g.spellings.map((s) => s.text).sort()).toEqual(['Sergay', 'Sergei', 'Sergey', 'Zelenskiy']);
    expect(g.spellings.find((s) => s.text === 'Sergey')!.reason).toBe(base.groups.find((x) => x.id === 'w:sergei')!.spellings.find((s) => s.text === 'Sergey')!.reason);
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
