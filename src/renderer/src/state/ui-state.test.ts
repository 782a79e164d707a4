import { describe, expect, it } from 'vitest';
import { initialUiState, uiReducer, type UiAction, type UiState } from './ui-state';

const run = (actions: UiAction[], from: UiState = initialUiState): UiState => actions.reduce(uiReducer, from);

describe('uiReducer', () => {
  it('runs the typed query and starts the list at its top', () => {
    const s = run([{ type: 'select', index: 7 }, { type: 'saveResultsScroll', offset: 900 }, { type: 'setDraft', text: 'Lavrov' }, { type: 'submit' }]);
    expect(s.query).toBe('Lavrov');
    expect(s.selected).toBe(0);
    expect(s.resultsScroll).toBe(0);
  });

  it('keeps spelling switches for the same query and drops them for a new one', () => {
    const s = run([{ type: 'submit', query: 'Sergei' }, { type: 'toggleSpelling', text: 'Sergey' }, { type: 'submit', query: 'Sergei ' }]);
    expect(s.excludedSpellings).toEqual(['Sergey']);
    expect(run([{ type: 'submit', query: 'Truss' }], s).excludedSpellings).toEqual([]);
  });

  it('searches one spelling alone when asked for exact switches', () => {
    const s = run([{ type: 'submit', query: 'Sergei' }, { type: 'toggleSpelling', text: 'Sergey' }, { type: 'submit', query: 'Sergei', excluded: ['Sergay'] }]);
    expect(s.excludedSpellings).toEqual(['Sergay']);
  });

  it('adds a suggested spelling and removes it again, for this query only', () => {
    const s = run([{ type: 'submit', query: 'Sony' }, { type: 'includeSpelling', text: 'Sonny', included: true }, { type: 'submit', query: 'Sony' }]);
    expect(s.includedSpellings).toEqual(['Sonny']);
    expect(run([{ type: 'includeSpelling', text: 'Sonny', included: false }], s).includedSpellings).toEqual([]);
    expect(run([{ type: 'submit', query: 'Bush' }], s).includedSpellings).toEqual([]);
    // Exact switches from the Variants tab start from none added.
    expect(run([{ type: 'submit', query: 'Sony', excluded: [] }], s).includedSpellings).toEqual([]);
  });

  it('counts name-spelling decisions, so searches ask again, and starts the list at its top', () => {
    const s = run([{ type: 'select', index: 4 }, { type: 'variantsDecided' }, { type: 'variantsDecided' }]);
    expect(s).toMatchObject({ variantsEpoch: 2, selected: 0, resultsScroll: 0 });
  });

  it('toggles facet values and clears them', () => {
    const s = run([{ type: 'toggleOutlet', value: 'ITV' }, { type: 'toggleOutlet', value: 'Sky' }, { type: 'toggleOutlet', value: 'ITV' }, { type: 'toggleMonth', value: '2022-02' }]);
    expect(s.outlets).toEqual(['Sky']);
    expect(s.months).toEqual(['2022-02']);
    expect(run([{ type: 'clearFilters' }], s)).toMatchObject({ outlets: [], months: [] });
  });

  it('keeps the results place while a document is read', () => {
    const s = run([{ type: 'select', index: 12 }, { type: 'saveResultsScroll', offset: 1500 }, { type: 'openDoc', id: 'a.txt' }, { type: 'setHit', hit: 3 }]);
    expect(s.reader).toEqual({ id: 'a.txt', hit: 3, showOriginal: false });
    const back = run([{ type: 'closeReader' }], s);
    expect(back.reader).toBeNull();
    expect(back.selected).toBe(12);
    expect(back.resultsScroll).toBe(1500);
  });

  it('forgets what belonged to the previous folder', () => {
    const s = run([{ type: 'toggleOutlet', value: 'ITV' }, { type: 'openDoc', id: 'a.txt' }, { type: 'compare', a: 'a', b: 'b' }, { type: 'toggleTicked', id: 'c', title: 'C' }, { type: 'corpusChanged' }]);
    expect(s).toMatchObject({ outlets: [], reader: null, compare: null, comparePick: null, compareTicked: [] });
  });

  it('ticks two results for comparison at most, the oldest giving way, and clears them on comparing', () => {
    const tick = (id: string): UiAction => ({ type: 'toggleTicked', id, title: id.toUpperCase() });
    const s = run([tick('a'), tick('b'), tick('c')]);
    expect(s.compareTicked.map((t) => t.id)).toEqual(['b', 'c']);
    expect(run([tick('b')], s).compareTicked.map((t) => t.id)).toEqual(['c']);
    expect(run([{ type: 'compare', a: 'b', b: 'c' }], s)).toMatchObject({ view: 'compare', compareTicked: [] });
  });

  it('asks for the search box from any view', () => {
    const s = run([{ type: 'setView', view: 'stories' }, { type: 'openDoc', id: 'x' }, { type: 'focusSearch' }]);
    expect(s).toMatchObject({ view: 'search', reader: null, focusSearch: 1 });
  });
});
