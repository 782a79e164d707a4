/**
 * All UI state in one reducer: what the user is looking at and asking for. Fetched data lives
 * in the hooks; nothing here is derived from the corpus except ids.
 */
import type { SortOrder } from '../contract';

export type View = 'search' | 'stories' | 'variants' | 'compare';

export interface CompareOptions {
  /** Spelling-only differences (Sergei/Sergay, quote style, diacritics) drawn as plain text. */
  hideSpelling: boolean;
  /** Scrolling one article of a comparison scrolls the other along the alignment. */
  linkScroll: boolean;
}

export interface ReaderState {
  id: string;
  /** Index of the current query hit. */
  hit: number;
  showOriginal: boolean;
}

export interface UiState {
  view: View;
  /** Text in the search box. */
  draft: string;
  /** The query that runs (Enter, or the box after a pause). */
  query: string;
  outlets: string[];
  months: string[];
  sort: SortOrder;
  variantsEnabled: boolean;
  /** High-confidence spellings of the query's names switched off. */
  excludedSpellings: string[];
  /** Possible spellings ("maybe also Sonny?") the user added to the query. */
  includedSpellings: string[];
  /** Bumped by every name-spelling decision: searches, marks and tooltips list it so they ask again. */
  variantsEpoch: number;
  selected: number;
  /** Scroll offset of the results list, kept while the reader covers it. */
  resultsScroll: number;
  reader: ReaderState | null;
  compare: { a: string; b: string } | null;
  /** A document waiting for its counterpart to be chosen ("Compare with…"). */
  comparePick: string | null;
  /** Results ticked for comparison, two at most; titles kept so a new search can still show them. */
  compareTicked: { id: string; title: string }[];
  compareOptions: CompareOptions;
  helpOpen: boolean;
  skippedOpen: boolean;
  folderPanelOpen: boolean;
  dismissedNotices: string[];
  /** Bumped to ask the search box for focus (it may not be mounted yet when asked). */
  focusSearch: number;
  /** Bumped when the reader closes, so the results list takes the keyboard back. */
  focusResults: number;
}

export const initialUiState: UiState = {
  view: 'search',
  draft: '',
  query: '',
  outlets: [],
  months: [],
  sort: 'relevance',
  variantsEnabled: true,
  excludedSpellings: [],
  includedSpellings: [],
  variantsEpoch: 0,
  selected: 0,
  resultsScroll: 0,
  reader: null,
  compare: null,
  comparePick: null,
  compareTicked: [],
  compareOptions: { hideSpelling: false, linkScroll: true },
  helpOpen: false,
  skippedOpen: false,
  folderPanelOpen: false,
  dismissedNotices: [],
  focusSearch: 0,
  focusResults: 0,
};

export type UiAction =
  | { type: 'setView'; view: View }
  | { type: 'setDraft'; text: string }
  | { type: 'submit'; query?: string; excluded?: string[]; included?: string[] }
  | { type: 'toggleOutlet'; value: string }
  | { type: 'toggleMonth'; value: string }
  | { type: 'clearFilters' }
  | { type: 'setSort'; sort: SortOrder }
  | { type: 'setVariantsEnabled'; enabled: boolean }
  | { type: 'toggleSpelling'; text: string }
  | { type: 'includeSpelling'; text: string; included: boolean }
  | { type: 'variantsDecided' }
  | { type: 'select'; index: number }
  | { type: 'saveResultsScroll'; offset: number }
  | { type: 'openDoc'; id: string }
  | { type: 'closeReader' }
  | { type: 'setHit'; hit: number }
  | { type: 'toggleOriginal' }
  | { type: 'pickCounterpart'; id: string | null }
  | { type: 'compare'; a: string; b: string }
  | { type: 'toggleTicked'; id: string; title: string }
  | { type: 'clearTicked' }
  | { type: 'setCompareOption'; option: keyof CompareOptions; value: boolean }
  | { type: 'setHelp'; open: boolean }
  | { type: 'setSkipped'; open: boolean }
  | { type: 'setFolderPanel'; open: boolean }
  | { type: 'dismissNotice'; text: string }
  | { type: 'focusSearch' }
  | { type: 'corpusChanged' };

const toggle = (list: string[], value: string): string[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

/** A new result set: the list starts at its top. */
const freshResults = { selected: 0, resultsScroll: 0 };

export function uiReducer(state: UiState, action: UiAction): UiState {
  switch (action.type) {
    case 'setView':
      return { ...state, view: action.view, reader: null };
    case 'setDraft':
      return { ...state, draft: action.text };
    case 'submit': {
      const query = action.query ?? state.draft;
      // Spelling switches belong to the words of one query; a new query starts with the defaults
      // (high-confidence spellings on, suggestions not added). `excluded` / `included` ask for
      // exact switches, e.g. one spelling alone from the Variants tab.
      const same = query.trim() === state.query.trim();
      const exact = action.excluded !== undefined || action.included !== undefined;
      const excludedSpellings = action.excluded ?? (same && !exact ? state.excludedSpellings : []);
      const includedSpellings = action.included ?? (same && !exact ? state.includedSpellings : []);
      return { ...state, ...freshResults, draft: query, query, excludedSpellings, includedSpellings, view: 'search', reader: null };
    }
    case 'toggleOutlet':
      return { ...state, ...freshResults, outlets: toggle(state.outlets, action.value) };
    case 'toggleMonth':
      return { ...state, ...freshResults, months: toggle(state.months, action.value) };
    case 'clearFilters':
      return { ...state, ...freshResults, outlets: [], months: [] };
    case 'setSort':
      return { ...state, ...freshResults, sort: action.sort };
    case 'setVariantsEnabled':
      return { ...state, ...freshResults, variantsEnabled: action.enabled };
    case 'toggleSpelling':
      return { ...state, ...freshResults, excludedSpellings: toggle(state.excludedSpellings, action.text) };
    case 'includeSpelling': {
      const rest = state.includedSpellings.filter((t) => t !== action.text);
      return { ...state, ...freshResults, includedSpellings: action.included ? [...rest, action.text] : rest };
    }
    case 'variantsDecided':
      return { ...state, ...freshResults, variantsEpoch: state.variantsEpoch + 1 };
    case 'select':
      return { ...state, selected: Math.max(0, action.index) };
    case 'saveResultsScroll':
      return { ...state, resultsScroll: action.offset };
    case 'openDoc':
      return { ...state, reader: { id: action.id, hit: 0, showOriginal: false }, comparePick: null };
    case 'closeReader':
      return { ...state, reader: null, focusResults: state.focusResults + 1 };
    case 'setHit':
      return state.reader ? { ...state, reader: { ...state.reader, hit: action.hit } } : state;
    case 'toggleOriginal':
      return state.reader ? { ...state, reader: { ...state.reader, showOriginal: !state.reader.showOriginal } } : state;
    case 'pickCounterpart':
      return { ...state, comparePick: action.id };
    case 'compare':
      return { ...state, compare: { a: action.a, b: action.b }, comparePick: null, compareTicked: [], view: 'compare', reader: null };
    case 'toggleTicked': {
      const without = state.compareTicked.filter((t) => t.id !== action.id);
      if (without.length < state.compareTicked.length) return { ...state, compareTicked: without };
      // A third tick replaces the oldest: a comparison has two sides, and unticking first is a chore.
      return { ...state, compareTicked: [...without, { id: action.id, title: action.title }].slice(-2) };
    }
    case 'clearTicked':
      return { ...state, compareTicked: [] };
    case 'setCompareOption':
      return { ...state, compareOptions: { ...state.compareOptions, [action.option]: action.value } };
    case 'setHelp':
      return { ...state, helpOpen: action.open };
    case 'setSkipped':
      return { ...state, skippedOpen: action.open };
    case 'setFolderPanel':
      return { ...state, folderPanelOpen: action.open };
    case 'dismissNotice':
      return { ...state, dismissedNotices: [...state.dismissedNotices, action.text] };
    case 'focusSearch':
      return { ...state, view: 'search', reader: null, focusSearch: state.focusSearch + 1 };
    case 'corpusChanged':
      // Ids and filter values of the previous folder mean nothing in the new one.
      return {
        ...state,
        ...freshResults,
        outlets: [],
        months: [],
        reader: null,
        compare: null,
        comparePick: null,
        compareTicked: [],
        skippedOpen: false,
        dismissedNotices: [],
      };
  }
}
