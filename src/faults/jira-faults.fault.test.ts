/**
 * Jira faults through `handler`: each ends in the right result or error code within the time budget.
 * Retry waits run on the virtual clock (`mock.useDeps({ clock })`); the deadline cases scale Forge's 25 s down.
 */
import { createFakeClock } from '../jira/testing/fake-clock';
import { DEFAULT_TIMING } from '../jira/timing';
import type { AuditPageResult, ErrorCode } from '../contract';
import { auditCalls, userCalls, useMockJira } from '../resolvers/testing/forge-call';
import { mockUser, rawRecords, type MockFault } from '../testing/mock-jira';
import { dropRetryAfter } from './testing/without-retry-after';

const users = [mockUser(1), mockUser(2)];
const mock = useMockJira(() => ({
  records: rawRecords(120, (index) => ({
    authorAccountId: users[index % 2]!.accountId,
    remoteAddress: '192.0.2.1',
  })),
  users,
}));

type Expected =
  | { readonly ok: true; readonly authors: boolean }
  | { readonly ok: false; readonly code: ErrorCode };

interface FaultCase {
  readonly name: string;
  readonly fault: MockFault;
  readonly noRetryAfter?: boolean;
  readonly expected: Expected;
  readonly auditCalls: number;
  /** Virtual waits between retries, in order. */
  readonly sleeps: readonly number[];
}

const PAGE: Expected = { ok: true, authors: true };
const PAGE_WITHOUT_AUTHORS: Expected = { ok: true, authors: false };
const error = (code: ErrorCode): Expected => ({ ok: false, code });

const CASES: readonly FaultCase[] = [
  {
    name: 'a 429 storm with Retry-After that passes',
    fault: { kind: 'status', status: 429, retryAfter: 2, times: 3, path: 'audit' },
    expected: PAGE,
    auditCalls: 4,
    sleeps: [2000, 2000, 2000],
  },
  {
    name: 'a 429 storm with Retry-After that never ends',
    fault: { kind: 'status', status: 429, retryAfter: 1, path: 'audit' },
    expected: error('RATE_LIMITED'),
    auditCalls: 4,
    sleeps: [1000, 1000, 1000],
  },
  {
    name: 'a 429 whose Retry-After exceeds the budget',
    fault: { kind: 'status', status: 429, retryAfter: 30, path: 'audit' },
    expected: error('RATE_LIMITED'),
    auditCalls: 1,
    sleeps: [],
  },
  {
    name: 'a 429 storm without Retry-After that passes',
    fault: { kind: 'status', status: 429, times: 2, path: 'audit' },
    noRetryAfter: true,
    expected: PAGE,
    auditCalls: 3,
    sleeps: [1000, 2000],
  },
  {
    name: 'a 429 storm without Retry-After that never ends',
    fault: { kind: 'status', status: 429, path: 'audit' },
    noRetryAfter: true,
    expected: error('RATE_LIMITED'),
    auditCalls: 4,
    sleeps: [1000, 2000, 4000],
  },
  {
    name: 'a 500',
    fault: { kind: 'status', status: 500, path: 'audit' },
    expected: error('JIRA_ERROR'),
    auditCalls: 1,
    sleeps: [],
  },
  {
    name: 'a 502',
    fault: { kind: 'status', status: 502, path: 'audit' },
    expected: error('JIRA_ERROR'),
    auditCalls: 1,
    sleeps: [],
  },
  {
    name: 'a 503 once',
    fault: { kind: 'status', status: 503, times: 1, path: 'audit' },
    expected: PAGE,
    auditCalls: 2,
    sleeps: [1000],
  },
  {
    name: 'a 503 with Retry-After that never ends',
    fault: { kind: 'status', status: 503, retryAfter: 3, path: 'audit' },
    expected: error('JIRA_ERROR'),
    auditCalls: 4,
    sleeps: [3000, 3000, 3000],
  },
  {
    name: 'malformed JSON',
    fault: { kind: 'malformed-json', path: 'audit' },
    expected: error('JIRA_ERROR'),
    auditCalls: 1,
    sleeps: [],
  },
  {
    name: 'a truncated body',
    fault: { kind: 'truncated-body', path: 'audit' },
    expected: error('JIRA_ERROR'),
    auditCalls: 1,
    sleeps: [],
  },
  {
    name: 'a 401',
    fault: { kind: 'status', status: 401, path: 'audit' },
    expected: error('UNAUTHORIZED'),
    auditCalls: 1,
    sleeps: [],
  },
  {
    name: 'a 403',
    fault: { kind: 'status', status: 403, path: 'audit' },
    expected: error('FORBIDDEN'),
    auditCalls: 1,
    sleeps: [],
  },
  {
    name: 'a 429 storm on the author lookup',
    fault: { kind: 'status', status: 429, retryAfter: 1, path: 'users' },
    expected: PAGE_WITHOUT_AUTHORS,
    auditCalls: 1,
    sleeps: [1000, 1000, 1000],
  },
  {
    name: 'a 500 on the author lookup',
    fault: { kind: 'status', status: 500, path: 'users' },
    expected: PAGE_WITHOUT_AUTHORS,
    auditCalls: 1,
    sleeps: [],
  },
  {
    name: 'malformed JSON on the author lookup',
    fault: { kind: 'malformed-json', path: 'users' },
    expected: PAGE_WITHOUT_AUTHORS,
    auditCalls: 1,
    sleeps: [],
  },
  {
    name: 'a truncated author lookup',
    fault: { kind: 'truncated-body', path: 'users' },
    expected: PAGE_WITHOUT_AUTHORS,
    auditCalls: 1,
    sleeps: [],
  },
];

const outcomeOf = (result: AuditPageResult): Expected =>
  result.ok
    ? {
        ok: true,
        authors:
          result.records.length > 0 &&
          result.records.every((record) => record.author !== undefined),
      }
    : { ok: false, code: result.error.code };

describe('Jira faults end in the right outcome within the retry budget', () => {
  it.each(CASES.map((fault) => [fault.name, fault] as const))('%s', async (_name, fault) => {
    const clock = createFakeClock();
    mock.useDeps({ clock });
    mock.jira.setFault(fault.fault);
    if (fault.noRetryAfter) dropRetryAfter(mock.jira);
    const started = Date.now();

    const result = await mock.getAuditPage({ limit: 50 });

    expect(outcomeOf(result)).toEqual(fault.expected);
    if (result.ok)
      expect(result.records.map((record) => record.id)).toEqual(
        rawRecords(50).map((record) => record.id),
      );
    expect(auditCalls(mock.jira)).toHaveLength(fault.auditCalls);
    expect(clock.sleeps).toEqual(fault.sleeps);
    expect(clock.sleeps.reduce((sum, wait) => sum + wait, 0)).toBeLessThanOrEqual(
      DEFAULT_TIMING.retryBudgetMs,
    );
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a 429 storm on a 1000-record page with its probe ends RATE_LIMITED with both requests bounded', async () => {
    const clock = createFakeClock();
    mock.useDeps({ clock });
    mock.replace({ records: rawRecords(1_500), users });
    mock.jira.setFault({ kind: 'status', status: 429, retryAfter: 1, path: 'audit' });
    const result = await mock.getAuditPage({ limit: 1000 });
    expect(outcomeOf(result)).toEqual(error('RATE_LIMITED'));
    // Page and probe each try 4 times, sharing the virtual clock.
    expect(auditCalls(mock.jira)).toHaveLength(8);
  });
});

/** Forge kills a UI-invoked function at 25 s; the resolver's deadline (20 s) must answer first. Scaled 1:50. */
describe("a slow Jira near Forge's 25 s limit (time scaled 1:50)", () => {
  const SCALE = 50;
  const FORGE_LIMIT_MS = 25_000 / SCALE;
  beforeEach(() => mock.useDeps({ timing: { deadlineMs: DEFAULT_TIMING.deadlineMs / SCALE } }));

  const timed = async (payload: object) => {
    const started = Date.now();
    const result = await mock.getAuditPage(payload);
    return { result, elapsed: Date.now() - started };
  };

  it('a Jira answering just inside the deadline still gives the page', async () => {
    mock.jira.setFault({ kind: 'slow', delayMs: 12_000 / SCALE, path: 'audit' });
    const { result, elapsed } = await timed({});
    expect(outcomeOf(result)).toEqual(PAGE);
    expect(elapsed).toBeLessThan(FORGE_LIMIT_MS);
  });

  it('a Jira slower than Forge allows ends in JIRA_ERROR "took too long" before Forge\'s limit', async () => {
    mock.jira.setFault({ kind: 'slow', delayMs: 30_000 / SCALE, path: 'audit' });
    const { result, elapsed } = await timed({});
    expect(!result.ok && result.error).toEqual({
      code: 'JIRA_ERROR',
      message: expect.stringContaining('took too long'),
      retryable: true,
    });
    expect(elapsed).toBeGreaterThanOrEqual(DEFAULT_TIMING.deadlineMs / SCALE - 5);
    expect(elapsed).toBeLessThan(FORGE_LIMIT_MS);
  });

  it('a slow author lookup after a slow page keeps the records and stays inside the limit', async () => {
    mock.jira.setFault({ kind: 'slow', delayMs: 15_000 / SCALE });
    const { result, elapsed } = await timed({});
    expect(outcomeOf(result)).toEqual(PAGE_WITHOUT_AUTHORS);
    expect(elapsed).toBeLessThan(FORGE_LIMIT_MS);
  });

  it('a Retry-After that would end past the deadline is not waited for', async () => {
    mock.jira.setFault({ kind: 'status', status: 429, retryAfter: 1, path: 'audit' });
    const { result, elapsed } = await timed({});
    expect(outcomeOf(result)).toEqual(error('RATE_LIMITED'));
    expect(auditCalls(mock.jira)).toHaveLength(1);
    expect(elapsed).toBeLessThan(FORGE_LIMIT_MS);
  });

  it('slow answers on both the page and its probe end together at the deadline', async () => {
    mock.replace({ records: rawRecords(1_200), users });
    mock.jira.setFault({ kind: 'slow', delayMs: 30_000 / SCALE, path: 'audit' });
    const { result, elapsed } = await timed({ limit: 1000 });
    expect(!result.ok && result.error.code).toBe('JIRA_ERROR');
    expect(userCalls(mock.jira)).toHaveLength(0);
    expect(elapsed).toBeLessThan(FORGE_LIMIT_MS);
  });
});
