/**
 * Where the page reads its records: the live log (Jira's API: offset pages, text filter only) or the archive
 * (keyset cursors, exact totals, structured filters) once it holds records. The hook and the reducer see only
 * this interface, so the page swaps its source without changing how it pages.
 */
import type { AuditRecord, Failure } from '../contract';
import type { AuditClient } from './bridge-client';
import { pagePayload, type PinnedSearch } from './search-model';

/** Which page of a search: its index from 0, and for keyset sources the cursor that reaches it. */
export interface PagePosition {
  readonly index: number;
  readonly cursor?: string;
}

export interface SourcePage {
  readonly ok: true;
  readonly records: readonly AuditRecord[];
  readonly hasMore: boolean;
  /** Keyset sources: the cursor of the next page, kept so Previous can go back without recounting. */
  readonly nextCursor?: string;
}

export interface SearchSource {
  readonly kind: 'live' | 'archive';
  /** Jira's text filter does not read authors; the archive filters by them. */
  readonly canFilterAuthors: boolean;
  readonly fetchPage: (
    search: PinnedSearch,
    position: PagePosition,
  ) => Promise<SourcePage | Failure>;
}

/** The live log: `getAuditPage` with offset = index × page size over the pinned search. */
export const liveSource = (client: AuditClient): SearchSource => ({
  kind: 'live',
  canFilterAuthors: false,
  fetchPage: async (search, { index }) => {
    const result = await client.getAuditPage(pagePayload(search, index * search.limit));
    return result.ok ? { ok: true, records: result.records, hasMore: result.hasMore } : result;
  },
});
