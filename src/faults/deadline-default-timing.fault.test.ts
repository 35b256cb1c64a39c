/**
 * The production deadline (DEFAULT_TIMING, the system clock's Date.now/setTimeout) against a Jira that never answers
 * in time, on Jest's fake timers so 20 s pass without waiting: the answer comes at 20 s, before Forge's 25 s kill.
 */
import { DEFAULT_TIMING } from '../jira/timing';
import { useMockJira } from '../resolvers/testing/forge-call';
import { rawRecords } from '../testing/mock-jira';

const FORGE_LIMIT_MS = 25_000;
const mock = useMockJira(() => ({ records: rawRecords(60) }));

beforeEach(() => {
  // Microtasks and I/O callbacks stay real so response bodies can be read.
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
});
afterEach(() => jest.useRealTimers());

/** Tracks a promise: whether it settled, its value, and the (fake) time it settled at. */
const settle = <T>(promise: Promise<T>) => {
  const state: { done: boolean; value?: T; at?: number } = { done: false };
  void promise.then((value) => Object.assign(state, { done: true, value, at: Date.now() }));
  return state;
};

describe('the default deadline with a stalled Jira', () => {
  it('answers JIRA_ERROR "took too long" at 20 s, not before, well inside 25 s', async () => {
    mock.jira.setFault({ kind: 'slow', delayMs: 60_000, path: 'audit' });
    const started = Date.now();
    const call = settle(mock.getAuditPage({}));

    await jest.advanceTimersByTimeAsync(DEFAULT_TIMING.deadlineMs - 1);
    expect(call.done).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(call.done).toBe(true);

    const result = call.value!;
    expect(!result.ok && result.error).toEqual({
      code: 'JIRA_ERROR',
      message: expect.stringContaining('took too long'),
      retryable: true,
    });
    expect(call.at! - started).toBe(DEFAULT_TIMING.deadlineMs);
    expect(call.at! - started).toBeLessThan(FORGE_LIMIT_MS);
  });

  it('a 429 storm with Retry-After: 3 stops retrying at the 10 s budget with RATE_LIMITED', async () => {
    mock.jira.setFault({ kind: 'status', status: 429, retryAfter: 3, path: 'audit' });
    const started = Date.now();
    const call = settle(mock.getAuditPage({}));
    await jest.advanceTimersByTimeAsync(FORGE_LIMIT_MS);
    expect(call.done).toBe(true);
    expect(!call.value!.ok && call.value!.error.code).toBe('RATE_LIMITED');
    // 3 retries × 3 s: within the 10 s budget; the answer came long before Forge's limit.
    expect(mock.jira.requests.map((request) => request.status)).toEqual([429, 429, 429, 429]);
    expect(call.at! - started).toBe(9_000);
  });
});
