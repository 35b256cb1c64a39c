/**
 * Where the page reads its records: the archive (searchAudit: keyset cursors, exact totals, structured filters)
 * when it holds records, else the live log (getAuditPage: offset pages, text filter only). The hook and the
 * reducer see only this interface, so the page swaps its source without changing how it pages.
 */
import type { ArchiveStatusResult, AuditRecord, Failure, SearchAuditSuccess } from '../contract';
import type { AuditClient } from './bridge-client';
import { archivePayload, pagePayload, type PinnedSearch } from './search-model';

/** Which page of a search: its index from 0, and for keyset sources the cursor that reaches it. */
export interface PagePosition {
  readonly index: number;
  readonly cursor?: string;
}

export type SourceKind = 'live' | 'archive';

export interface SourcePage {
  readonly ok: true;
  readonly source: SourceKind;
  readonly records: readonly AuditRecord[];
  readonly hasMore: boolean;
  /** Keyset sources: the cursor of the next page, kept so Previous can go back without recounting. */
  readonly nextCursor?: string;
  /** The archive only: exact matches, counts per value, and how far back the archive reaches. */
  readonly total?: number;
  readonly facets?: SearchAuditSuccess['facets'];
  readonly coverage?: SearchAuditSuccess['coverage'];
}

export interface SearchSource {
  readonly fetchPage: (
    search: PinnedSearch,
    position: PagePosition,
  ) => Promise<SourcePage | Failure>;
}

/** The live log: `getAuditPage` with offset = index × page size over the pinned search. */
export const liveSource = (client: Pick<AuditClient, 'getAuditPage'>): SearchSource => ({
  fetchPage: async (search, { index }) => {
    const result = await client.getAuditPage(pagePayload(search, index * search.limit));
    return result.ok
      ? { ok: true, source: 'live', records: result.records, hasMore: result.hasMore }
      : result;
  },
});

/** The archive: `searchAudit` with the cursor of the page. */
export const archiveSource = (client: Pick<AuditClient, 'searchAudit'>): SearchSource => ({
  fetchPage: async (search, { cursor }) => {
    const result = await client.searchAudit(archivePayload(search, cursor));
    if (!result.ok) return result;
    const { records, total, nextCursor, facets, coverage } = result;
    return {
      ok: true,
      source: 'archive',
      records,
      hasMore: nextCursor !== undefined,
      ...(nextCursor === undefined ? {} : { nextCursor }),
      total,
      facets,
      coverage,
    };
  },
});

/** The archive answers once it holds records; until then (or when it cannot be read) the live log does. */
export const archiveHasRecords = (status: ArchiveStatusResult): boolean =>
  status.ok && status.state !== 'empty' && status.records > 0;
