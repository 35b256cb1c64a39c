/** The one contract between the admin page and the resolver: keys, payloads, results. */
import type { AuditPageQueryInput } from './audit-page';
import type { ActivitySummaryQueryInput } from './activity-summary';
import type { ActivitySummaryResult, AuditPageResult } from './results';

export * from './limits';
export * from './instant';
export * from './audit-page';
export * from './activity-summary';
export * from './audit-record';
export * from './results';
export * from './errors';

export const RESOLVER_KEYS = {
  getAuditPage: 'getAuditPage',
  getActivitySummary: 'getActivitySummary',
} as const;

/** Payload and result of each resolver key; the typed bridge client and the resolver table both use it. */
export interface ResolverApi {
  readonly getAuditPage: {
    readonly payload: AuditPageQueryInput;
    readonly result: AuditPageResult;
  };
  readonly getActivitySummary: {
    readonly payload: ActivitySummaryQueryInput;
    readonly result: ActivitySummaryResult;
  };
}

export type ResolverKey = keyof ResolverApi;
