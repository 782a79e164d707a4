import { describe, expect, it } from 'vitest';
import { buildVariantModel, type VariantModel } from '../../core/variants';
import { emptyStoredDecisions } from '../../core/variants/decision-history';
import { loadSeeds } from '../eval/name-variants-seeds';
import { decide } from './session-decisions';

const at = '2024-05-01T10:00:00.000Z';
const groupOf = (m: VariantModel, word: string): string[] => {
  const id = m.groupOfSpelling.get(word.toLowerCase());
  return id ? m.groups.find((g) => g.id === id)!.spellings.map((s) => s.text).sort() : [];
};

describe('decisions on the seeds, end to end', () => {
  const seeds = loadSeeds();
  const base = buildVariantModel(seeds);

  it('a reject stores every spelling of the group, and undo brings the group back', () => {
    expect(groupOf(base, 'Sergei')).toEqual(['Sergay', 'Sergei', 'Sergey']);
    const r = decide(base, emptyStoredDecisions(), { action: 'reject', spellings: ['Sergei'] }, at);
    expect(r.decisions.history).toEqual([{ id: 1, kind: 'reject', sets: [expect.arrayContaining(['Sergei', 'Sergey', 'Sergay'])], labels: ['Sergei'], at }]);
    expect(r.decisions.history[0].sets[0]).toHaveLength(3);
    expect(groupOf(r.model, 'Sergei')).toEqual([]);
    const u = decide(r.model, r.decisions, { action: 'undo', spellings: [], decision: 1 }, at);
    expect(u.decisions.history).toEqual([]);
    expect(groupOf(u.model, 'Sergei')).toEqual(['Sergay', 'Sergei', 'Sergey']);
  });

  it('a rejected pair never returns after re-indexing, even when the anchor changes', () => {
    const { decisions } = decide(base, emptyStoredDecisions(), { action: 'reject', spellings: ['Sergey'] }, at);
    // A dozen more articles write Sergey: re-indexed, it would be the group's anchor.
    const more = Array.from({ length: 12 }, (_, i) => ({ id: `n${i}`, outlet: 'Reuters', text: 'Foreign Minister Sergey Lavrov spoke.' }));
    const grown = buildVariantModel([...seeds, ...more]);
    expect(grown.groupOfSpelling.get('sergei')).toBe('w:sergey');
    const reindexed = buildVariantModel([...seeds, ...more], decisions);
    expect(groupOf(reindexed, 'Sergei')).toEqual([]);
    expect(groupOf(reindexed, 'Sergey')).toEqual([]);
  });

  it('one reject of several groups is one decision, undone at once', () => {
    // The seeds hold one group; two articles writing Kharkiv and Kharkov make a second.
    const kharkiv = [
      { id: 'k1', outlet: 'Sky News', text: 'Shelling hit Kharkiv overnight, officials said. Kharkiv residents sheltered.' },
      { id: 'k2', outlet: 'ITV News', text: 'Traders in Kharkov reported calm trading. Kharkov exporters met.' },
    ];
    const two = buildVariantModel([...seeds, ...kharkiv]);
    const [a, b] = two.groups;
    expect(b).toBeDefined();
    const r = decide(two, emptyStoredDecisions(), { action: 'reject', spellings: [a.label, b.label] }, at);
    expect(r.decisions.history).toHaveLength(1);
    expect(r.decisions.history[0].labels).toEqual([a.label, b.label]);
    expect(r.model.groups.map((g) => g.id)).not.toContain(a.id);
    expect(r.model.groups.map((g) => g.id)).not.toContain(b.id);
    expect(decide(r.model, r.decisions, { action: 'undo', spellings: [], decision: 1 }, at).model.groups).toEqual(two.groups);
  });

  it('a confirmed group is high confidence throughout, and persists like the others', () => {
    const r = decide(base, emptyStoredDecisions(), { action: 'confirm', spellings: ['Sergay'] }, at);
    expect(r.decisions.confirms.map((c) => [...c].sort())).toEqual([['Sergay', 'Sergei', 'Sergey']]);
    const g = r.model.groups.find((x) => x.id === 'w:sergei')!;
    expect(g.spellings.map((s) => s.confidence)).toEqual(['high', 'high', 'high']);
    expect(g.confidence).toBe('high');
    expect(buildVariantModel(seeds, r.decisions).groups).toEqual(r.model.groups);
  });

  it('a request naming no group records nothing', () => {
    const r = decide(base, emptyStoredDecisions(), { action: 'reject', spellings: ['Nobody'] }, at);
    expect(r.decisions.history).toEqual([]);
  });
});
