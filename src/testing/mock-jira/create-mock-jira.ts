/** An in-memory Jira Cloud behind Forge's `__forge_fetch__`: audit records, user/bulk, faults, a request log. */
import type { CleanWireAuditRecord as RawAuditRecord } from '../../jira/schemas';
import { serveAuditRecords, type StoredRecord } from './audit-endpoint';
import { errorResult, type EndpointResult } from './endpoint-result';
import { faultHeaders, malformedJson, statusFault, truncated } from './fault-response';
import { routeForgeFetch } from '../forge-host/forge-fetch';
import { currentInvocation } from '../forge-host/invocation';
import { forgeFetchSlot } from '../forge-host/forge-fetch-slot';
import { createdMs, formatJiraDate } from './jira-date';
import type {
  MockFault,
  MockJira,
  MockJiraOptions,
  MockJiraPermissions,
  MockRequest,
  MockUser,
} from './types';
import { serveUsersBulk } from './users-endpoint';

const BASE = 'https://mock-site.atlassian.net';
const ENDPOINTS: Record<string, 'audit' | 'users'> = {
  '/rest/api/3/auditing/record': 'audit',
  '/rest/api/3/user/bulk': 'users',
};

const newestFirst = (a: StoredRecord, b: StoredRecord): number =>
  b.createdMs - a.createdMs || b.record.id - a.record.id;

const providerOf = (target: unknown): 'user' | 'app' =>
  typeof target === 'object' &&
  target !== null &&
  (target as { provider?: unknown }).provider === 'user'
    ? 'user'
    : 'app';

const delay = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref?.();
  });

export const createMockJira = (options: MockJiraOptions & MockJiraPermissions = {}): MockJira => {
  let stored: StoredRecord[] = (options.records ?? [])
    .map((record) => ({ record: structuredClone(record), createdMs: createdMs(record.created) }))
    .sort(newestFirst);
  const users = new Map<string, MockUser>(
    (options.users ?? []).map((user) => [user.accountId, { ...user }]),
  );
  const requests: MockRequest[] = [];
  let fault: { fault: MockFault; remaining: number; answered: number } | undefined;

  /** The active fault for this request, counting it down. */
  const takeFault = (endpoint: 'audit' | 'users' | undefined): MockFault | undefined => {
    if (!fault) return undefined;
    const scope = fault.fault.kind === 'needs-auth' ? undefined : fault.fault.path;
    if (scope !== undefined && scope !== endpoint) return undefined;
    const current = fault.fault;
    if (current.kind === 'status' && fault.answered < (current.after ?? 0)) {
      fault.answered += 1;
      return undefined;
    }
    fault.remaining -= 1;
    if (fault.remaining <= 0) fault = undefined;
    return current;
  };

  const serve = (
    endpoint: 'audit' | 'users' | undefined,
    url: URL,
    method: string,
  ): EndpointResult => {
    if (endpoint === undefined) return errorResult(404, 'Not Found');
    if (method !== 'GET') return errorResult(405, 'Method Not Allowed');
    return endpoint === 'audit'
      ? serveAuditRecords(stored, url.searchParams)
      : serveUsersBulk(users, url.searchParams);
  };

  const admins = options.admins && new Set(options.admins);
  // Jira checks the acting user's own permission: a non-admin may not read the audit log.
  const refusesCaller = (target: unknown, endpoint: string | undefined): boolean =>
    admins !== undefined &&
    endpoint === 'audit' &&
    providerOf(target) === 'user' &&
    !admins.has(currentInvocation()?.accountId ?? '');

  const fetch = async (target: unknown, path: string, init?: RequestInit): Promise<Response> => {
    const url = new URL(path, BASE);
    const endpoint = ENDPOINTS[url.pathname];
    const active = takeFault(endpoint);
    const log = (status: number) =>
      requests.push({ provider: providerOf(target), path, url, status });
    if (active?.kind === 'needs-auth') {
      log(401);
      return new Response('', {
        status: 401,
        headers: { 'forge-proxy-error': 'NEEDS_AUTHENTICATION_ERR' },
      });
    }
    if (active?.kind === 'slow') await delay(active.delayMs);
    let result = refusesCaller(target, endpoint)
      ? statusFault(403)
      : serve(endpoint, url, (init?.method ?? 'GET').toUpperCase());
    let headers: Record<string, string> = {};
    if (active?.kind === 'status') {
      result = statusFault(active.status);
      headers = faultHeaders(active, Date.now());
    } else if (active?.kind === 'malformed-json') {
      result = malformedJson();
    } else if (active?.kind === 'truncated-body') {
      result = truncated(result);
    }
    log(result.status);
    return new Response(result.body, {
      status: result.status,
      headers: { 'Content-Type': result.contentType, ...headers },
    });
  };

  const addRecord = (partial: Partial<RawAuditRecord> = {}): RawAuditRecord => {
    const nextId = stored.reduce((max, entry) => Math.max(max, entry.record.id), 10_000) + 1;
    const record: RawAuditRecord = {
      id: nextId,
      summary: 'User created',
      created: formatJiraDate(Date.now()),
      category: 'user management',
      eventSource: '',
      ...partial,
    };
    stored = [
      ...stored,
      { record: structuredClone(record), createdMs: createdMs(record.created) },
    ].sort(newestFirst);
    return structuredClone(record);
  };

  return {
    ...forgeFetchSlot(routeForgeFetch({ jira: fetch })),
    fetch,
    get requests() {
      return requests;
    },
    clearRequests() {
      requests.length = 0;
    },
    addRecord,
    setFault(next) {
      fault =
        next === undefined
          ? undefined
          : { fault: next, remaining: next.times ?? Number.POSITIVE_INFINITY, answered: 0 };
    },
    allRecords() {
      return stored.map((entry) => structuredClone(entry.record));
    },
  };
};
