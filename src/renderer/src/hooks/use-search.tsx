/**
 * Search results, fetched a page at a time as the list scrolls. Held above the views so the
 * results survive opening a document and switching tabs; refetched when the request or the
 * corpus changes.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { getBridge } from '../api/bridge';
import type { ApiError, SearchHit, SearchRequest, SearchResponse } from '../contract';
import { useUi } from '../state/ui-context';
import type { UiState } from '../state/ui-state';
import { variantOptionsOf } from '../state/variant-options';
import { useCorpusKey } from './use-status';

export const PAGE_SIZE = 50;

export interface SearchResults {
  request: SearchRequest;
  /** The first page's answer: total, facets, expansions, notes, timing. */
  head: SearchResponse | null;
  hits: SearchHit[];
  error: ApiError | null;
  loading: boolean;
  hasMore: boolean;
  /** The shown results answer an earlier request (the latest one failed, e.g. a half-typed phrase). */
  stale: boolean;
  loadMore(): void;
}

/** The request the current UI state stands for, without paging. */
export function searchRequestOf(s: UiState): SearchRequest {
  return {
    query: s.query,
    outlets: s.outlets,
    months: s.months,
    sort: s.sort,
    variants: variantOptionsOf(s),
  };
}

const SearchContext = createContext<SearchResults | null>(null);

export function SearchProvider({ children }: { children: ReactNode }) {
  const { state } = useUi();
  const corpusKey = useCorpusKey();
  // A name-spelling decision changes what the same request matches: ask again.
  const variantsEpoch = state.variantsEpoch;
  // Keyed by content: unrelated UI changes (selection, dialogs) must not refetch.
  const requestKey = JSON.stringify(searchRequestOf(state));
  const request = useMemo(() => JSON.parse(requestKey) as SearchRequest, [requestKey]);
  const [head, setHead] = useState<SearchResponse | null>(null);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  // A later page that failed or came back empty: stop asking rather than loop.
  const [stalled, setStalled] = useState(false);
  const [stale, setStale] = useState(false);
  // Every new request gets a number; pages that answer an older one are dropped.
  const gen = useRef(0);
  const inFlight = useRef(false);

  const fetchPage = useCallback(async (req: SearchRequest, offset: number, mine: number) => {
    inFlight.current = true;
    setLoading(true);
    const res = await getBridge().search({ ...req, offset, limit: PAGE_SIZE });
    if (mine !== gen.current) return;
    inFlight.current = false;
    setLoading(false);
    if (!res.ok) {
      setError(res.error);
      // A failed first page keeps the previous results on screen, marked stale: typing a
      // phrase passes through invalid states ('"Sergei La') and the list should not flash.
      if (offset > 0) setStalled(true);
      else if (req.query.trim()) setStale(true);
      else {
        // An empty box that the backend does not browse: nothing to show, nothing stale.
        setHead(null);
        setHits([]);
      }
      return;
    }
    setError(null);
    setStale(false);
    if (offset === 0) {
      setHead(res.value);
      setHits(res.value.hits);
    } else {
      if (res.value.hits.length === 0) setStalled(true);
      setHits((prev) => (prev.length === offset ? [...prev, ...res.value.hits] : prev));
    }
  }, []);

  useEffect(() => {
    const mine = ++gen.current;
    inFlight.current = false;
    setStalled(false);
    if (corpusKey === 'none') return;
    void fetchPage(request, 0, mine);
  }, [request, corpusKey, variantsEpoch, fetchPage]);

  const total = head?.total ?? 0;
  const hasMore = head !== null && hits.length < total && !stalled && !stale;
  const loadMore = useCallback(() => {
    if (inFlight.current || !hasMore) return;
    void fetchPage(request, hits.length, gen.current);
  }, [fetchPage, request, hits.length, hasMore]);

  const value: SearchResults = { request, head, hits, error, loading, hasMore, stale, loadMore };
  return <SearchContext.Provider value={value}>{children}</SearchContext.Provider>;
}

export function useSearchResults(): SearchResults {
  const ctx = useContext(SearchContext);
  if (!ctx) throw new Error('useSearchResults outside SearchProvider');
  return ctx;
}
