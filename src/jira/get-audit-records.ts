/** GET /rest/api/3/auditing/record as the session's actor, validated against Jira's record shape. */
import { route } from '@forge/api';
import type { Failure } from '../contract';
import { unreadableResponse } from './map-jira-error';
import { getJson, type JiraSession } from './jira-session';
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
  | {
      readonly ok: true;
      readonly records: JiraWireAuditRecord[];
      /** All records on the site (not the filtered count): an upper bound on any search's matches. */
      readonly total?: number;
    }
  | Failure;

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
  session: JiraSession,
  request: AuditRecordsRequest,
): Promise<AuditRecordsResult> => {
  const query = auditRecordsQuery(request);
  const answer = await requestWithRetry(session, {
    endpoint: 'audit',
    // `route` inserts URLSearchParams as an encoded query string.
    send: () => getJson(session, route`/rest/api/3/auditing/record?${query}`),
  });
  if (!answer.ok) return answer;
  // Validated in place, without zod building a copy that normaliseRecord would copy again.
  const { body } = answer;
  return auditRecordsResponseSchema.validate(body)
    ? { ok: true, records: body.records, total: body.total ?? undefined }
    : unreadableResponse('audit');
};
