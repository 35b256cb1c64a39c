/** The one contract between the admin page and the resolver: keys, payloads, results. */
import type { AuditPageQueryInput } from './audit-page';
import type { ActivitySummaryQueryInput } from './activity-summary';
import type { ActivitySummaryResult, AuditPageResult } from './results';
import type { ExportAuditQueryInput, SearchAuditQueryInput } from './search-audit';
import type { ArchiveStatusResult, ExportAuditResult, SearchAuditResult } from './archive-results';
import type { SavedSearchApi } from './saved-searches';
import { SAVED_SEARCH_KEYS } from './saved-search-results';

export * from './limits';
export * from './instant';
export * from './audit-page';
export * from './activity-summary';
export * from './audit-record';
export * from './results';
export * from './errors';
export * from './search-audit';
export * from './archive-results';
export * from './saved-searches';
export * from './saved-search-results';

export const RESOLVER_KEYS = {
  getAuditPage: 'getAuditPage',
  getActivitySummary: 'getActivitySummary',
  getArchiveStatus: 'getArchiveStatus',
  searchAudit: 'searchAudit',
  exportAudit: 'exportAudit',
  ...SAVED_SEARCH_KEYS,
} as const;

/** Payload and result of each resolver key; the typed bridge client and the resolver table both use it. */
export interface ResolverApi extends SavedSearchApi {
  readonly getAuditPage: {
    readonly payload: AuditPageQueryInput;
    readonly result: AuditPageResult;
  };
  readonly getActivitySummary: {
    readonly payload: ActivitySummaryQueryInput;
    readonly result: ActivitySummaryResult;
  };
  readonly getArchiveStatus: {
    readonly payload: Record<string, never>;
    readonly result: ArchiveStatusResult;
  };
  readonly searchAudit: {
    readonly payload: SearchAuditQueryInput;
    readonly result: SearchAuditResult;
  };
  readonly exportAudit: {
    readonly payload: ExportAuditQueryInput;
    readonly result: ExportAuditResult;
  };
}

export type ResolverKey = keyof ResolverApi;
