/** The page's state and its transitions, pure so the rules of stale answers and paging are testable. */
import type { AuditRecord } from '../contract';
import type { SourcePage } from './search-source';
import type { PageErrorCode } from './strings';
import {
  DEFAULT_PAGE_SIZE,
  EMPTY_DRAFT,
  type Draft,
  type DraftProblem,
  type PageSize,
  type PinnedSearch,
} from './search-model';

export interface PageError {
  readonly code: PageErrorCode;
  readonly message: string;
  /** Offer Retry only when sending the same search again can help. */
  readonly retryable: boolean;
}

export interface PageState {
  readonly draft: Draft;
  /** Why the last Apply was not sent; empty when it was. */
  readonly problems: readonly DraftProblem[];
  readonly pageSize: PageSize;
  /** The running search with its pinned bounds; undefined before the first one starts. */
  readonly search?: PinnedSearch;
  /** Index of the page asked for last (0 = the first). */
  readonly pageIndex: number;
  /** Records before the page asked for last: pageIndex × page size, for "Records 51–100". */
  readonly offset: number;
  /** Cursor of each page of the running search a keyset source has told of (page 0 needs none). */
  readonly cursors: readonly (string | undefined)[];
  /** Id of the latest request: answers to older ones are dropped. */
  readonly requestId: number;
  /** When the latest request started (epoch ms): "today" for the date pickers. */
  readonly requestedAt?: number;
  readonly loading: boolean;
  /** The page on screen; kept while the next one loads so the table doesn't blank. */
  readonly page?: SourcePage;
  readonly error?: PageError;
  readonly selected?: AuditRecord;
}

export const initialPageState: PageState = {
  draft: EMPTY_DRAFT,
  problems: [],
  pageSize: DEFAULT_PAGE_SIZE,
  pageIndex: 0,
  offset: 0,
  cursors: [],
  requestId: 0,
  loading: false,
};

export type PageAction =
  | { readonly type: 'draft-changed'; readonly draft: Draft }
  | { readonly type: 'search-rejected'; readonly problems: readonly DraftProblem[] }
  | {
      readonly type: 'request-started';
      readonly requestId: number;
      readonly requestedAt: number;
      readonly search: PinnedSearch;
      readonly pageIndex: number;
    }
  | { readonly type: 'page-loaded'; readonly requestId: number; readonly page: SourcePage }
  | { readonly type: 'request-failed'; readonly requestId: number; readonly error: PageError }
  /** The resolver needs the admin's consent: Forge's own prompt takes the page's place, so the page shows no error. */
  | { readonly type: 'consent-required'; readonly requestId: number }
  | { readonly type: 'page-size-changed'; readonly pageSize: PageSize }
  | { readonly type: 'details-opened'; readonly record: AuditRecord }
  | { readonly type: 'details-closed' };

const withCursor = (
  cursors: readonly (string | undefined)[],
  index: number,
  cursor: string | undefined,
): readonly (string | undefined)[] => {
  if (cursor === undefined) return cursors;
  const next = [...cursors];
  next[index] = cursor;
  return next;
};

export const pageReducer = (state: PageState, action: PageAction): PageState => {
  switch (action.type) {
    case 'draft-changed':
      return { ...state, draft: action.draft, problems: [] };
    case 'search-rejected':
      return { ...state, problems: action.problems };
    case 'request-started':
      return {
        ...state,
        problems: [],
        search: action.search,
        pageIndex: action.pageIndex,
        offset: action.pageIndex * action.search.limit,
        // Another search (each search is a new object): the cursors of the old one mean nothing.
        cursors: action.search === state.search ? state.cursors : [],
        requestId: action.requestId,
        requestedAt: action.requestedAt,
        loading: true,
        error: undefined,
      };
    case 'page-loaded':
      if (action.requestId !== state.requestId) return state;
      return {
        ...state,
        loading: false,
        page: action.page,
        error: undefined,
        cursors: withCursor(state.cursors, state.pageIndex + 1, action.page.nextCursor),
      };
    case 'request-failed':
      if (action.requestId !== state.requestId) return state;
      return { ...state, loading: false, page: undefined, error: action.error };
    case 'consent-required':
      if (action.requestId !== state.requestId) return state;
      return { ...state, loading: false, error: undefined };
    case 'page-size-changed':
      return { ...state, pageSize: action.pageSize };
    case 'details-opened':
      return { ...state, selected: action.record };
    case 'details-closed':
      return { ...state, selected: undefined };
  }
};
