/** GET /rest/api/3/auditing/record as the admin (asUser), validated against Jira's record shape. */
import api, { route } from '@forge/api';
import type { Failure } from '../contract';
import { unreadableResponse } from './map-jira-error';
import { requestWithRetry } from './request-with-retry';
import { auditRecordsResponseSchema, type JiraWireAuditRecord } from './schemas';

export interface AuditRecordsRequest {
  readonly offset: number;
  readonly limit: number;
  /** Sent to Jira unchanged. */
  readonly filter?: string;
  /** Instants with an explicit offset, sent to Jira unchanged. */
  readonly from?: string;
  readonly to?: string;
}

export type AuditRecordsResult =
  { readonly ok: true; readonly records: JiraWireAuditRecord[] } | Failure;

export const auditRecordsQuery = ({
  offset,
  limit,
  filter,
  from,
  to,
}: AuditRecordsRequest): URLSearchParams => {
  const params = new URLSearchParams({ offset: String(offset), limit: String(limit) });
  if (filter !== undefined) params.set('filter', filter);
  if (from !== undefined) params.set('from', from);
  if (to !== undefined) params.set('to', to);
  return params;
};

export const getAuditRecords = async (
  request: AuditRecordsRequest,
  deadline: number,
): Promise<AuditRecordsResult> => {
  const query = auditRecordsQuery(request);
  const answer = await requestWithRetry({
    endpoint: 'audit',
    deadline,
    // `route` inserts URLSearchParams as an encoded query string.
    send: () =>
      api.asUser().requestJira(route`/rest/api/3/auditing/record?${query}`, {
        headers: { Accept: 'application/json' },
      }),
  });
  if (!answer.ok) return answer;
  // Validated in place, without zod building a copy that normaliseRecord would copy again.
  const { body } = answer;
  return auditRecordsResponseSchema.validate(body)
    ? { ok: true, records: body.records }
    : unreadableResponse('audit');
};
