/** The one place the page calls `invoke`: typed by the contract's ResolverApi, results validated by its schemas. */
import { invoke } from '@forge/bridge';
import type {
  ArchiveStatusResult,
  AuditPageQueryInput,
  AuditPageResult,
  ExportAuditQueryInput,
  ExportAuditResult,
  ResolverApi,
  ResolverKey,
  SearchAuditQueryInput,
  SearchAuditResult,
} from '../contract';
// Values from the result schemas' own module: the contract index also holds the resolver's payload schemas.
import { activitySummaryResultSchema, auditPageResultSchema } from '../contract/results';
import {
  archiveStatusResultSchema,
  exportAuditResultSchema,
  searchAuditResultSchema,
} from '../contract/archive-results';
import {
  deleteSavedSearchResultSchema,
  listSavedSearchesResultSchema,
  saveSearchResultSchema,
} from '../contract/saved-search-results';
import type * as z from 'zod/mini';

/** The resolver answered with something that is not its contract's result. */
export class UnreadableResultError extends Error {
  constructor(
    readonly key: ResolverKey,
    readonly issues: string,
  ) {
    super(`The answer to ${key} did not match the contract: ${issues}`);
    this.name = 'UnreadableResultError';
  }
}

const isWrapped = (value: unknown): value is { body: unknown } =>
  typeof value === 'object' && value !== null && 'body' in value && !('ok' in value);

/** `invoke` is typed `T | {body, metadata}`: the wrapped form appears only when metadata was requested. */
export const unwrapInvokeResponse = (response: unknown): unknown =>
  isWrapped(response) ? response.body : response;

/** Each key's result schema: the contract's, the same the resolver's tests hold it to. */
export const RESULT_SCHEMAS: {
  readonly [K in ResolverKey]: z.ZodMiniType<ResolverApi[K]['result']>;
} = {
  getAuditPage: auditPageResultSchema,
  getActivitySummary: activitySummaryResultSchema,
  getArchiveStatus: archiveStatusResultSchema,
  searchAudit: searchAuditResultSchema,
  exportAudit: exportAuditResultSchema,
  listSavedSearches: listSavedSearchesResultSchema,
  saveSearch: saveSearchResultSchema,
  deleteSavedSearch: deleteSavedSearchResultSchema,
};

export const invokeResolver = async <K extends ResolverKey>(
  key: K,
  payload: ResolverApi[K]['payload'],
): Promise<ResolverApi[K]['result']> => {
  const response: unknown = await invoke(key, payload);
  const parsed = RESULT_SCHEMAS[key].safeParse(unwrapInvokeResponse(response));
  if (!parsed.success) throw new UnreadableResultError(key, parsed.error.message);
  return parsed.data;
};

/** The calls the admin page and the export dialog make. */
export interface AuditClient {
  getAuditPage(payload: AuditPageQueryInput): Promise<AuditPageResult>;
  exportAudit(payload: ExportAuditQueryInput): Promise<ExportAuditResult>;
  searchAudit(payload: SearchAuditQueryInput): Promise<SearchAuditResult>;
  getArchiveStatus(): Promise<ArchiveStatusResult>;
}

export const auditClient: AuditClient = {
  getAuditPage: (payload) => invokeResolver('getAuditPage', payload),
  exportAudit: (payload) => invokeResolver('exportAudit', payload),
  searchAudit: (payload) => invokeResolver('searchAudit', payload),
  getArchiveStatus: () => invokeResolver('getArchiveStatus', {}),
};
