/** Contract rules on 429/503 retries and the overall deadline, through `handler`. */
import { createFakeClock } from '../jira/testing/fake-clock';
import { DEFAULT_TIMING } from '../jira/timing';
import { rawRecords } from '../testing/mock-jira';
import { auditCalls, useMockJira } from './testing/forge-call';

const mock = useMockJira(() => ({ records: rawRecords(80) }));

describe('getAuditPage retries with real waits', () => {
  it('honours Retry-After: 1 on 429 and then returns the page', async () => {
    mock.jira.setFault({ kind: 'status', status: 429, retryAfter: 1, times: 2, path: 'audit' });
    const started = Date.now();
    const result = await mock.getAuditPage({});
    const elapsed = Date.now() - started;
    expect(result.ok && result.records).toHaveLength(50);
    expect(auditCalls(mock.jira).map((call) => call.status)).toEqual([429, 429, 200]);
    expect(elapsed).toBeGreaterThanOrEqual(2_000);
    expect(elapsed).toBeLessThan(4_000);
  }, 10_000);

  it('retries 503 after its Retry-After', async () => {
    mock.jira.setFault({ kind: 'status', status: 503, retryAfter: 1, times: 1, path: 'audit' });
    const started = Date.now();
    const result = await mock.getAuditPage({});
    expect(result.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
  }, 10_000);
});

describe('getAuditPage gives up (virtual clock)', () => {
  const useFakeClock = () => {
    const clock = createFakeClock();
    mock.useDeps({ clock });
    return clock;
  };

  it('after 3 retries of 429 answers RATE_LIMITED', async () => {
    const clock = useFakeClock();
    mock.jira.setFault({ kind: 'status', status: 429, retryAfter: 2, path: 'audit' });
    const result = await mock.getAuditPage({});
    expect(!result.ok && result.error.code).toBe('RATE_LIMITED');
    expect(auditCalls(mock.jira)).toHaveLength(4);
    expect(clock.sleeps).toEqual([2000, 2000, 2000]);
  });

  it('after 3 retries of 503 answers JIRA_ERROR, backing off 1-2-4 s without Retry-After', async () => {
    const clock = useFakeClock();
    mock.jira.setFault({ kind: 'status', status: 503, path: 'audit' });
    const result = await mock.getAuditPage({});
    expect(!result.ok && result.error).toEqual({
      code: 'JIRA_ERROR',
      message: expect.stringContaining('503'),
      retryable: true,
    });
    expect(clock.sleeps).toEqual([1000, 2000, 4000]);
  });

  it('never waits more than 10 s in total', async () => {
    const clock = useFakeClock();
    mock.jira.setFault({ kind: 'status', status: 429, retryAfter: 4, path: 'audit' });
    const result = await mock.getAuditPage({});
    expect(!result.ok && result.error.code).toBe('RATE_LIMITED');
    expect(clock.sleeps).toEqual([4000, 4000]);
    expect(auditCalls(mock.jira)).toHaveLength(3);
  });
});

describe('getAuditPage deadline', () => {
  it('answers "Jira took too long" instead of being killed by Forge', async () => {
    mock.useDeps({ timing: { deadlineMs: 300 } });
    mock.jira.setFault({ kind: 'slow', delayMs: 2_000, path: 'audit' });
    const started = Date.now();
    const result = await mock.getAuditPage({});
    expect(!result.ok && result.error).toEqual({
      code: 'JIRA_ERROR',
      message: expect.stringContaining('took too long'),
      retryable: true,
    });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('keeps the records when only the author lookup is slow', async () => {
    mock.replace({
      records: rawRecords(5, () => ({ authorAccountId: 'slow-user' })),
      users: [{ accountId: 'slow-user', displayName: 'S' }],
    });
    mock.useDeps({ timing: { deadlineMs: 300 } });
    mock.jira.setFault({ kind: 'slow', delayMs: 2_000, path: 'users' });
    const result = await mock.getAuditPage({});
    expect(result.ok && result.records).toHaveLength(5);
    expect(result.ok && result.records.every((record) => record.author === undefined)).toBe(true);
  });

  it("has a default deadline well inside Forge's 25 s", () => {
    expect(DEFAULT_TIMING.deadlineMs).toBeLessThanOrEqual(21_000);
    expect(DEFAULT_TIMING.retryBudgetMs).toBeLessThanOrEqual(10_000);
    expect(DEFAULT_TIMING.maxRetries).toBe(3);
  });
});
