/**
 * The search an export runs (its schema is the handshake's, in the contract: src/contract/export-search.ts) and the
 * resolver payloads it becomes: exportAudit takes every filter; getAuditPage (Jira) knows only the text and range, so
 * a search with the archive's structured filters cannot be exported from Jira.
 */
import type { AuditPageQueryInput, ExportAuditQueryInput, ResolverError } from '../contract';
import type { ExportSearch } from '../contract/export-search';

export type { ExportSearch };

/** Whether the search narrows by something only the archive can filter on. */
export const hasArchiveFilters = ({
  authors,
  categories,
  objectTypes,
  object,
  ip,
}: ExportSearch): boolean =>
  Boolean(authors?.length || categories?.length || objectTypes?.length || object || ip);

/** exportAudit's payload: the whole search, from the first page (no cursor) or from a cursor. */
export const exportAuditQuery = (search: ExportSearch, cursor?: string): ExportAuditQueryInput => {
  const { filter, ...rest } = search;
  return {
    ...rest,
    ...(filter === undefined ? {} : { text: filter }),
    ...(cursor === undefined ? {} : { cursor }),
  };
};

/** getAuditPage's payload for one export page: only what Jira's own filter reads. */
export const auditPageQuery = (
  { from, to, filter }: ExportSearch,
  page: { readonly offset: number; readonly limit: number },
): AuditPageQueryInput => ({
  ...(from === undefined ? {} : { from }),
  ...(filter === undefined ? {} : { filter }),
  to,
  ...page,
});

/** Jira cannot apply the archive's filters: exporting from it would write records the admin filtered out. */
export const ARCHIVE_FILTERS_NEED_ARCHIVE: ResolverError = {
  code: 'BAD_REQUEST',
  message:
    'Filters by author, category, object type, object or address need the app’s archive, which does not hold this whole range yet. Export without those filters, or once the archive has caught up.',
  retryable: false,
};
