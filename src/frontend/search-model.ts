/** Pure rules of a search: the filter bar's draft → a pinned search → the payload of each page. */
import type { AuditPageQueryInput, SearchAuditQueryInput } from '../contract';
// Values from zod-free contract modules only: the index pulls in the resolver's zod schemas and luxon.
import { DEFAULT_LIMIT, MAX_FILTER_LENGTH } from '../contract/limits';
import {
  dayRangeBounds,
  quickRangeBounds,
  type CalendarDay,
  type DayRangeProblem,
  type QuickRange,
} from '../domain/date-range';

/** What the filter bar holds before the admin applies it. */
export interface Draft extends StructuredFilters {
  readonly text: string;
  readonly fromDay?: CalendarDay;
  readonly toDay?: CalendarDay;
  /** Set by a quick-range button; picking a day clears it. */
  readonly quickRange?: QuickRange;
}

export const EMPTY_DRAFT: Draft = { text: '' };

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = DEFAULT_LIMIT;

export const isPageSize = (value: unknown): value is PageSize =>
  PAGE_SIZES.some((size) => size === value);

/** Filters only the archive can apply (searchAudit): values of one list OR'd, lists AND'd. */
export interface StructuredFilters {
  readonly authors?: string[];
  readonly categories?: string[];
  readonly objectTypes?: string[];
  readonly object?: { readonly typeName: string; readonly id?: string; readonly name?: string };
  readonly ip?: string;
}

/** A search whose upper bound was fixed when it started, so paging stays stable while Jira writes. */
export interface PinnedSearch extends StructuredFilters {
  readonly filter?: string;
  /** Oldest first, asked of the archive; the live log is sorted on the page. */
  readonly order?: 'asc';
  readonly from?: string;
  readonly to: string;
  readonly limit: number;
}

export type DraftProblem = DayRangeProblem | 'filter-too-long';

export type BuiltSearch =
  | { readonly ok: true; readonly search: PinnedSearch }
  | { readonly ok: false; readonly problems: readonly DraftProblem[] };

/** Starts a search from the draft at `nowMillis`, or says why it cannot be sent. */
export const buildSearch = (
  draft: Draft,
  zone: string,
  nowMillis: number,
  limit: number,
): BuiltSearch => {
  const filter = draft.text.trim();
  const problems: DraftProblem[] =
    [...filter].length > MAX_FILTER_LENGTH ? ['filter-too-long'] : [];
  const bounds = draft.quickRange
    ? { ok: true as const, ...quickRangeBounds(draft.quickRange, nowMillis, zone) }
    : dayRangeBounds({ fromDay: draft.fromDay, toDay: draft.toDay }, zone, nowMillis);
  if (!bounds.ok) problems.push(...bounds.problems);
  if (problems.length > 0 || !bounds.ok) return { ok: false, problems };
  const { text: _text, fromDay: _from, toDay: _to, quickRange: _range, ...structured } = draft;
  return {
    ok: true,
    search: {
      ...structured,
      ...(filter === '' ? {} : { filter }),
      ...(bounds.from === undefined ? {} : { from: bounds.from }),
      to: bounds.to,
      limit,
    },
  };
};

/** The live log's payload for one page: Jira's text filter and range only; people are named by UI Kit's User. */
export const pagePayload = (
  { filter, from, to, limit }: PinnedSearch,
  offset: number,
): AuditPageQueryInput => ({
  ...(filter === undefined ? {} : { filter }),
  ...(from === undefined ? {} : { from }),
  to,
  limit,
  offset,
  authors: false,
  emptyLists: false,
});

/** The archive's payload for one page: the text and range, every structured filter, and the page's cursor. */
export const archivePayload = (
  { filter, limit, ...rest }: PinnedSearch,
  cursor: string | undefined,
): SearchAuditQueryInput => ({
  ...rest,
  ...(filter === undefined ? {} : { text: filter }),
  limit,
  ...(cursor === undefined ? {} : { cursor }),
});

/** 1-based positions of the records shown, for "Records 51–100"; undefined when the page is empty. */
export const shownRange = (
  offset: number,
  count: number,
): { readonly first: number; readonly last: number } | undefined =>
  count === 0 ? undefined : { first: offset + 1, last: offset + count };
