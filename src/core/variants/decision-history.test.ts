import { describe, expect, it } from 'vitest';
import { addDecision, emptyStoredDecisions, loadStoredDecisions, resetDecisions, undoDecision, type NewDecision, type StoredDecisions } from './decision-history';

const at = '2024-05-01T10:00:00.000Z';
const merge = (...s: string[]): NewDecision => ({ kind: 'merge', sets: [s], labels: s, at });
const split = (s: string): NewDecision => ({ kind: 'split', sets: [[s]], labels: [s], at });
const reject = (...sets: string[][]): NewDecision => ({ kind: 'reject', sets, labels: sets.map((s) => s[0]), at });
const confirm = (...sets: string[][]): NewDecision => ({ kind: 'confirm', sets, labels: sets.map((s) => s[0]), at });
const run = (...ds: NewDecision[]): StoredDecisions => ds.reduce(addDecision, emptyStoredDecisions());
const standing = (s: StoredDecisions) => ({ merges: s.merges, splits: s.splits, rejects: s.rejects, rejectedSets: s.rejectedSets, confirms: s.confirms });

describe('the decision history', () => {
  it('records each kind of decision with an id of its own, in order', () => {
    const s = run(merge('Kyiv', 'Kiev', 'Sergei'), split('Sergay'), reject(['Zelensky', 'Zelenskiy']), confirm(['Truss', 'Trus']));
    expect(s.history.map((e) => [e.id, e.kind])).toEqual([
      [1, 'merge'],
      [2, 'split'],
      [3, 'reject'],
      [4, 'confirm'],
    ]);
    expect(standing(s)).toEqual({
      merges: [['Kyiv', 'Kiev', 'Sergei']],
      splits: ['Sergay'],
      rejects: [],
      rejectedSets: [['Zelensky', 'Zelenskiy']],
      confirms: [['Truss', 'Trus']],
    });
  });

  it('a reject keeps every spelling of each group it names', () => {
    const s = run(reject(['Sergei', 'Sergey', 'Sergay'], ['Kyiv', 'Kiev']));
    expect(s.history).toHaveLength(1);
    expect(s.rejectedSets).toEqual([
      ['Sergei', 'Sergey', 'Sergay'],
      ['Kyiv', 'Kiev'],
    ]);
  });

  it('undoes one decision among several; the others stand as if it had never been made', () => {
    const s = run(split('Sergay'), reject(['Zelensky', 'Zelenskiy']), confirm(['Truss', 'Trus']));
    const u = undoDecision(s, 2);
    expect(u.history.map((e) => e.id)).toEqual([1, 3]);
    expect(standing(u)).toEqual(standing(run(split('Sergay'), confirm(['Truss', 'Trus']))));
  });

  it('undoing a split lets an earlier merge take the spelling again; undoing a merge gives back a split', () => {
    const s = run(merge('Sergei', 'Sergay', 'Kyiv'), split('Sergay'));
    expect(s.merges).toEqual([['Sergei', 'Kyiv']]);
    expect(undoDecision(s, 2).merges).toEqual([['Sergei', 'Sergay', 'Kyiv']]);
    const t = run(split('Sergay'), merge('Sergei', 'Sergay'));
    expect(t.splits).toEqual([]);
    expect(undoDecision(t, 2).splits).toEqual(['Sergay']);
  });

  it('“not the same name” on a group the user merged takes the merge back too', () => {
    const s = run(merge('Kyiv', 'Kiev', 'Sergei', 'Sergey'), reject(['Kyiv', 'Kiev', 'Sergei', 'Sergey']));
    expect(s.merges).toEqual([]);
    expect(undoDecision(s, 2).merges).toEqual([['Kyiv', 'Kiev', 'Sergei', 'Sergey']]);
  });

  it('never gives an id twice, even after undo or reset', () => {
    const s = run(split('A'), split('B'));
    expect(addDecision(undoDecision(s, 2), split('C')).history.map((e) => e.id)).toEqual([1, 3]);
    const r = resetDecisions(s);
    expect(standing(r)).toEqual(standing(emptyStoredDecisions()));
    expect(addDecision(r, split('C')).history[0].id).toBe(3);
  });

  it('an undo of an id that is not there changes nothing', () => {
    const s = run(split('A'));
    expect(undoDecision(s, 99)).toEqual(s);
  });
});

describe('stored decisions', () => {
  it('round-trip through JSON', () => {
    const s = run(merge('Kyiv', 'Kiev'), reject(['Sergei', 'Sergey']), confirm(['Truss', 'Trus']));
    expect(loadStoredDecisions(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it('an old file with only merges, splits and rejects loads as a history of undoable decisions', () => {
    const old = { merges: [['Vladimir', 'Volodymyr']], splits: ['Sergay'], rejects: ['Zelensky'] };
    const s = loadStoredDecisions(old);
    expect(s.history.map((e) => [e.kind, e.sets, e.at])).toEqual([
      ['merge', [['Vladimir', 'Volodymyr']], ''],
      ['split', [['Sergay']], ''],
      ['reject', [['Zelensky']], ''],
    ]);
    expect(s.merges).toEqual(old.merges);
    expect(s.splits).toEqual(old.splits);
    // The old anchor-only rejection, as a set of one (resolveGroups drops any group holding it).
    expect(s.rejectedSets).toEqual([['Zelensky']]);
    expect(undoDecision(s, 3).rejectedSets).toEqual([]);
  });

  it('the history is the truth: lists beside it that disagree are replayed away', () => {
    const s = run(split('Sergay'));
    expect(loadStoredDecisions({ ...s, splits: ['Other'], merges: [['X', 'Y']] })).toEqual(s);
  });

  it('anything unreadable counts as no decisions; a broken entry is left out', () => {
    expect(loadStoredDecisions(null)).toEqual(emptyStoredDecisions());
    expect(loadStoredDecisions('merges')).toEqual(emptyStoredDecisions());
    expect(loadStoredDecisions({ merges: 'x', splits: 3 })).toEqual(emptyStoredDecisions());
    const s = run(split('A'));
    const loaded = loadStoredDecisions({ ...s, history: [...s.history, { id: 2, kind: 'explode', sets: [], labels: [], at }] });
    expect(loaded.history).toEqual(s.history);
    expect(loaded.lastId).toBe(1);
  });
});
