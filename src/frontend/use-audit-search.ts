/** State and effects of the admin page: the draft, the pinned search, paging, loading and errors. */
import { useCallback, useLayoutEffect, useReducer, useRef } from 'react';
import type { AuditRecord } from '../contract';
import { isConsentRequired } from '../contract/consent';
import type { CalendarDay, QuickRange } from '../domain/date-range';
import { initialPageState, pageReducer, type PageError, type PageState } from './page-state';
import {
  buildSearch,
  EMPTY_DRAFT,
  type Draft,
  type PageSize,
  type PinnedSearch,
  type StructuredFilters,
} from './search-model';
import type { SourceSwitch } from './use-search-source';
import { withoutFilter } from './archive-filter-model';
import {
  addTerms,
  structuredOf,
  textTermsFor,
  withFilter,
  type FilterRequest,
} from './filter-request';
import { strings } from './strings';

export interface AuditSearchOptions {
  /** The live log, then the archive once it holds records (use-search-source.ts). */
  readonly sources: SourceSwitch;
  /** IANA zone the admin's days are read in. */
  readonly zone: string;
  readonly now?: () => number;
}

export interface AuditSearch {
  readonly state: PageState;
  readonly editDraft: (patch: Partial<Draft>) => void;
  readonly apply: () => void;
  readonly chooseQuickRange: (range: QuickRange) => void;
  readonly reset: () => void;
  /** Narrows to one day of the applied search (From = To = day), keeping its filter. */
  readonly showDay: (day: CalendarDay) => void;
  readonly nextPage: () => void;
  readonly previousPage: () => void;
  readonly changePageSize: (pageSize: PageSize) => void;
  readonly retry: () => void;
  readonly openDetails: (record: AuditRecord) => void;
  readonly closeDetails: () => void;
  /** Narrows the applied search to a value clicked in the table or the details (the live log: by its text). */
  readonly addFilter: (request: FilterRequest) => void;
  /** Sets structured filters of the applied search (the archive's Selects) and searches again. */
  readonly changeFilters: (patch: StructuredFilters) => void;
  /** Drops one value (or a whole filter) of the applied search and searches again. */
  readonly removeFilter: (name: keyof StructuredFilters, value?: string) => void;
  /** Whether `addFilter` can narrow by author: only the archive can; Jira's text filter does not read authors. */
  readonly canFilterAuthors: boolean;
  /** On the archive: the search on screen again from its first page, newest or oldest first. */
  readonly sortByTime: (order: 'desc' | 'asc') => void;
  /** Runs a whole draft (a saved search opened), shown in the filter bar. */
  readonly runDraft: (draft: Draft) => void;
  /** The draft of the search on screen as it was applied (edits since then left out), for saving it. */
  readonly appliedDraft: () => Draft;
}

const withoutStructured = ({ text, fromDay, toDay, quickRange }: Draft): Draft => ({
  text,
  ...(fromDay === undefined ? {} : { fromDay }),
  ...(toDay === undefined ? {} : { toDay }),
  ...(quickRange === undefined ? {} : { quickRange }),
});

const unreachable = (error: unknown): PageError => ({
  code: 'UNREACHABLE',
  retryable: true,
  message:
    error instanceof Error && error.message ? error.message : strings.errors.unreachableMessage,
});

export const useAuditSearch = ({
  sources,
  zone,
  now = Date.now,
}: AuditSearchOptions): AuditSearch => {
  const [state, dispatch] = useReducer(pageReducer, initialPageState);
  // Handlers read the newest state and zone, whatever render created them.
  const latest = useRef({ state, zone, now });
  latest.current = { state, zone, now };
  const lastRequestId = useRef(0);
  const applied = useRef<Draft>(EMPTY_DRAFT);
  // The time order a new search keeps (the archive's; the live log sorts its page on the page).
  const order = useRef<'desc' | 'asc'>('desc');

  const fetchPage = useCallback(
    (search: PinnedSearch, pageIndex: number) => {
      lastRequestId.current += 1;
      const requestId = lastRequestId.current;
      const { state: current } = latest.current;
      // A page of the running search is reached by the cursor its previous page gave; a new search needs none.
      const cursor = search === current.search ? current.cursors[pageIndex] : undefined;
      dispatch({
        type: 'request-started',
        requestId,
        requestedAt: latest.current.now(),
        search,
        pageIndex,
      });
      sources
        .current()
        .fetchPage(search, { index: pageIndex, cursor })
        .then(
          (result) => {
            dispatch(
              result.ok
                ? { type: 'page-loaded', requestId, page: result }
                : { type: 'request-failed', requestId, error: result.error },
            );
            // Moved to the archive: the search on screen again, from its first page, with counts and filters.
            if (result.ok) sources.pageShown(() => refetch.current());
          },
          (error: unknown) =>
            dispatch(
              isConsentRequired(error)
                ? { type: 'consent-required', requestId }
                : { type: 'request-failed', requestId, error: unreachable(error) },
            ),
        );
    },
    [sources],
  );
  const refetch = useRef(() => {
    const { search } = latest.current.state;
    if (search !== undefined) fetchPageRef.current(search, 0);
  });
  const fetchPageRef = useRef(fetchPage);
  fetchPageRef.current = fetchPage;

  const searchWith = useCallback(
    (draft: Draft) => {
      const { state: current, zone: currentZone, now: clock } = latest.current;
      if (draft !== current.draft) dispatch({ type: 'draft-changed', draft });
      const built = buildSearch(draft, currentZone, clock(), current.pageSize);
      if (built.ok) {
        applied.current = draft;
        fetchPage(order.current === 'asc' ? { ...built.search, order: 'asc' } : built.search, 0);
      } else dispatch({ type: 'search-rejected', problems: built.problems });
    },
    [fetchPage],
  );

  // Opening the page is a search: newest records, no lower bound. The ref keeps StrictMode from searching twice.
  // A layout effect runs as the first render commits, so the request is on its way while the host draws the page.
  const opened = useRef(false);
  useLayoutEffect(() => {
    if (opened.current) return;
    opened.current = true;
    searchWith(EMPTY_DRAFT);
  }, [searchWith]);

  const page = useCallback(
    (step: 1 | -1) => {
      const { search, pageIndex, loading } = latest.current.state;
      if (search === undefined || loading) return;
      fetchPage(search, Math.max(0, pageIndex + step));
    },
    [fetchPage],
  );

  return {
    state,
    editDraft: useCallback((patch) => {
      const { draft } = latest.current.state;
      // Picking a day replaces a quick range; the two never mix.
      const leavesQuickRange = 'fromDay' in patch || 'toDay' in patch;
      dispatch({
        type: 'draft-changed',
        draft: { ...draft, ...(leavesQuickRange ? { quickRange: undefined } : {}), ...patch },
      });
    }, []),
    apply: useCallback(() => searchWith(latest.current.state.draft), [searchWith]),
    chooseQuickRange: useCallback(
      (range) => {
        const { text } = latest.current.state.draft;
        searchWith({ text, quickRange: range });
      },
      [searchWith],
    ),
    reset: useCallback(() => searchWith(EMPTY_DRAFT), [searchWith]),
    showDay: useCallback(
      (day) => {
        const { search: applied, draft } = latest.current.state;
        searchWith({
          text: applied ? (applied.filter ?? '') : draft.text,
          fromDay: day,
          toDay: day,
        });
      },
      [searchWith],
    ),
    nextPage: useCallback(() => {
      if (latest.current.state.page?.hasMore) page(1);
    }, [page]),
    previousPage: useCallback(() => {
      if (latest.current.state.pageIndex > 0) page(-1);
    }, [page]),
    // Same pinned bounds and filter, new page size, from the first record.
    changePageSize: useCallback(
      (pageSize) => {
        const { search } = latest.current.state;
        dispatch({ type: 'page-size-changed', pageSize });
        if (search !== undefined) fetchPage({ ...search, limit: pageSize }, 0);
      },
      [fetchPage],
    ),
    retry: useCallback(() => {
      const { search, pageIndex } = latest.current.state;
      if (search === undefined) searchWith(EMPTY_DRAFT);
      else fetchPage(search, pageIndex);
    }, [fetchPage, searchWith]),
    openDetails: useCallback((record) => dispatch({ type: 'details-opened', record }), []),
    closeDetails: useCallback(() => dispatch({ type: 'details-closed' }), []),
    addFilter: useCallback(
      (request) => {
        const { search: applied, draft, page } = latest.current.state;
        const base = { ...draft, text: applied?.filter ?? draft.text };
        if (page?.source === 'archive') {
          dispatch({ type: 'details-closed' });
          searchWith({ ...withoutStructured(base), ...withFilter(applied ?? {}, request) });
          return;
        }
        const terms = textTermsFor(request);
        if (terms === undefined) return;
        dispatch({ type: 'details-closed' });
        // The applied text narrowed further, with the bar's range (a quick range counts from now again).
        searchWith({ ...base, text: addTerms(base.text, terms) });
      },
      [searchWith],
    ),
    changeFilters: useCallback(
      (patch) => {
        const { search: applied, draft } = latest.current.state;
        const filters = structuredOf({ ...structuredOf(applied ?? {}), ...patch });
        searchWith({
          ...withoutStructured(draft),
          text: applied?.filter ?? draft.text,
          ...filters,
        });
      },
      [searchWith],
    ),
    removeFilter: useCallback(
      (name, value) => {
        const { search: applied, draft } = latest.current.state;
        const filters = structuredOf(withoutFilter(structuredOf(applied ?? {}), name, value));
        searchWith({
          ...withoutStructured(draft),
          text: applied?.filter ?? draft.text,
          ...filters,
        });
      },
      [searchWith],
    ),
    canFilterAuthors: state.page?.source === 'archive',
    sortByTime: useCallback(
      (next) => {
        order.current = next;
        const { search } = latest.current.state;
        if (search === undefined) return;
        const { order: _order, ...rest } = search;
        fetchPage(next === 'asc' ? { ...rest, order: 'asc' } : rest, 0);
      },
      [fetchPage],
    ),
    runDraft: searchWith,
    appliedDraft: useCallback(() => applied.current, []),
  };
};
