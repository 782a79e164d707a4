import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDecision } from '../../core/variants/decision-history';
import { dateOverride, emptySettings, loadFolderSettings, outletOverride, saveFolderSettings } from './folder-settings';

const dir = () => mkdtempSync(join(tmpdir(), 'parallax-settings-'));

describe('folder settings: name-spelling decisions', () => {
  it('a file from before the decision history loads, each old decision undoable on its own', async () => {
    const d = dir();
    writeFileSync(join(d, 'settings.json'), JSON.stringify({ outlets: { 'a.txt': 'BBC' }, variantDecisions: { merges: [['Kyiv', 'Kiev']], splits: ['Sergay'], rejects: ['Zelensky'] } }));
    const { settings, problem } = await loadFolderSettings(d);
    expect(problem).toBeNull();
    expect(settings.outlets).toEqual({ 'a.txt': 'BBC' });
    expect(settings.variantDecisions.history.map((e) => [e.id, e.kind, e.labels])).toEqual([
      [1, 'merge', ['Kyiv', 'Kiev']],
      [2, 'split', ['Sergay']],
      [3, 'reject', ['Zelensky']],
    ]);
    expect(settings.variantDecisions.merges).toEqual([['Kyiv', 'Kiev']]);
    expect(settings.variantDecisions.splits).toEqual(['Sergay']);
  });

  it('decisions with their history survive a save and a load', async () => {
    const d = dir();
    const s = emptySettings();
    s.variantDecisions = addDecision(s.variantDecisions, { kind: 'reject', sets: [['Sergei', 'Sergey', 'Sergay']], labels: ['Sergei'], at: '2024-05-01T10:00:00.000Z' });
    await saveFolderSettings(d, s);
    expect((await loadFolderSettings(d)).settings).toEqual(s);
  });
});

describe('outletOverride', () => {
  it("takes the document's own setting, else the nearest folder's, the opened folder as ''", () => {
    const outlets = { 'bbc/': 'BBC News', 'bbc/sport/': 'BBC Sport', 'bbc/sport/1.txt': 'Mine', '': 'Everything' };
    expect(outletOverride(outlets, 'bbc/sport/1.txt')).toBe('Mine');
    expect(outletOverride(outlets, 'bbc/sport/2.txt')).toBe('BBC Sport');
    expect(outletOverride(outlets, 'bbc/business/1.txt')).toBe('BBC News');
    expect(outletOverride(outlets, 'seed.txt')).toBe('Everything');
    expect(outletOverride({ bbc: 'Not a folder' }, 'bbc/1.txt')).toBeNull();
  });
});

describe('dates the user set', () => {
  it('load as days, leaving out anything else', async () => {
    const d = mkdtempSync(join(tmpdir(), 'px-dates-'));
    writeFileSync(join(d, 'settings.json'), JSON.stringify({ outlets: {}, dates: { 'a.txt': '2022-02-10', 'b.txt': 'yesterday' } }));
    const { settings } = await loadFolderSettings(d);
    expect(settings.dates).toEqual({ 'a.txt': '2022-02-10' });
    expect(dateOverride(settings.dates, 'a.txt')).toBe('2022-02-10');
    expect(dateOverride(settings.dates, 'b.txt')).toBeNull();
  });
});
