/**
 * A Jira for the export benchmark: every request waits `latencyMs`, audit pages are sliced from the log (newest
 * first, `to` honoured, at most 1000 a request) without the mock's per-request scan of the whole log, whose CPU
 * would otherwise swamp the app's; user/bulk is the regular mock's.
 */
import { JIRA_MAX_LIMIT } from '../../src/contract/limits';
import { servedLimit } from '../../src/testing/mock-jira/audit-endpoint';
import {
  createMockJira,
  type MockJiraOptions,
  type RawAuditRecord,
} from '../../src/testing/mock-jira';

import { routeForgeFetch, type ForgeFetch } from '../../src/testing/forge-host/forge-fetch';
import { forgeFetchSlot } from '../../src/testing/forge-host/forge-fetch-slot';

const createdMs = (record: RawAuditRecord) =>
  Date.parse(record.created.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));

export interface LatencyJira {
  readonly counts: { audit: number; users: number };
  install(): void;
  uninstall(): void;
}

export const createLatencyJira = (
  options: Required<MockJiraOptions>,
  latencyMs: number,
  /** Forge SQL behind the same `__forge_fetch__`, for benchmarks of the archive. */
  sql?: ForgeFetch,
): LatencyJira => {
  const mock = createMockJira({ users: options.users });
  const newestFirst = [...options.records].sort(
    (a, b) => createdMs(b) - createdMs(a) || b.id - a.id,
  );
  const times = newestFirst.map(createdMs);
  const counts = { audit: 0, users: 0 };
  const auditPage = (url: URL): Response => {
    const params = url.searchParams;
    if (params.has('filter'))
      throw new Error('latency-jira serves only offset, limit, from and to');
    const offset = Number(params.get('offset') ?? 0);
    const limit = Number(params.get('limit') ?? JIRA_MAX_LIMIT);
    const to = params.has('to') ? Date.parse(params.get('to')!) : Number.POSITIVE_INFINITY;
    // Newest first: skip what lies after `to`, as Jira's inclusive upper bound does.
    let first = 0;
    while (first < times.length && times[first]! > to) first += 1;
    const served = servedLimit(limit);
    // Oldest last: stop before what lies before `from`, as Jira's inclusive lower bound does.
    const from = params.has('from') ? Date.parse(params.get('from')!) : Number.NEGATIVE_INFINITY;
    let end = times.length;
    while (end > first && times[end - 1]! < from) end -= 1;
    const records = newestFirst.slice(
      Math.min(first + offset, end),
      Math.min(first + offset + served, end),
    );
    return new Response(JSON.stringify({ offset, limit, total: newestFirst.length, records }), {
      headers: { 'Content-Type': 'application/json' },
    });
  };
  const fetch: ForgeFetch = async (target, path, init) => {
    const url = new URL(path, 'https://mock-site.atlassian.net');
    const audit = url.pathname === '/rest/api/3/auditing/record';
    counts[audit ? 'audit' : 'users'] += 1; // counted when sent, so requests still in flight at the end count too
    await new Promise((resolve) => setTimeout(resolve, latencyMs));
    return audit ? auditPage(url) : mock.fetch(target, path, init);
  };
  return {
    counts,
    ...forgeFetchSlot(routeForgeFetch({ jira: fetch, ...(sql ? { sql } : {}) })),
  };
};
