/** GET /rest/api/3/auditing/record as real Jira Cloud serves it, quirks included (see docs/jira-audit-api.md). */
import { JIRA_MAX_LIMIT } from '../../contract/limits';
import type { CleanWireAuditRecord as RawAuditRecord } from '../../jira/schemas';
import { errorResult, jsonResult, type EndpointResult } from './endpoint-result';
import { matchesFilter } from './filter-records';
import { parseJiraInstant } from './jira-date';

export interface StoredRecord {
  readonly record: RawAuditRecord;
  readonly createdMs: number;
}

const INT32 = /^-?\d{1,10}$/;

const intParam = (params: URLSearchParams, name: string, fallback: number): number | 'bad' => {
  const value = params.get(name);
  if (value === null) return fallback;
  if (!INT32.test(value) || Math.abs(Number(value)) > 2_147_483_647) return 'bad';
  return Number(value);
};

/** How many records Jira serves for a requested `limit` (observed: <= 0 or above the cap is served as the cap). */
export const servedLimit = (limit: number): number =>
  limit <= 0 || limit > JIRA_MAX_LIMIT ? JIRA_MAX_LIMIT : limit;

/** `stored` is newest first. */
export const serveAuditRecords = (
  stored: readonly StoredRecord[],
  params: URLSearchParams,
): EndpointResult => {
  const offset = intParam(params, 'offset', 0);
  const limit = intParam(params, 'limit', JIRA_MAX_LIMIT);
  if (offset === 'bad' || limit === 'bad') {
    return errorResult(400, 'The offset and limit parameters must be whole numbers.');
  }
  const served = servedLimit(limit);
  const fromText = params.get('from');
  const toText = params.get('to');
  const from = fromText === null ? Number.NEGATIVE_INFINITY : parseJiraInstant(fromText);
  const to = toText === null ? Number.POSITIVE_INFINITY : parseJiraInstant(toText);
  const filter = params.get('filter') ?? '';
  // A date without an explicit offset is not an error in Jira: it just matches nothing.
  const matching =
    from === undefined || to === undefined || from > to
      ? []
      : stored.filter(
          (entry) =>
            entry.createdMs >= from && entry.createdMs <= to && matchesFilter(entry.record, filter),
        );
  const start = Math.max(0, offset);
  return jsonResult(200, {
    offset,
    limit,
    total: stored.length, // the whole site, never the filtered count
    records: matching.slice(start, start + served).map((entry) => entry.record),
  });
};
