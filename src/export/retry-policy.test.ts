import type { ResolverError } from '../contract';
import { DEFAULT_RETRY_POLICY, nextReadAfter } from './retry-policy';

const error = (code: ResolverError['code'], retryable: boolean): ResolverError => ({
  code,
  retryable,
  message: code,
});

describe('when the export reads a failed page again', () => {
  it.each([
    ['RATE_LIMITED, first read', error('RATE_LIMITED', true), 1, 30_000],
    ['RATE_LIMITED, second read', error('RATE_LIMITED', true), 2, undefined],
    ['a retryable JIRA_ERROR, first read', error('JIRA_ERROR', true), 1, 2_000],
    ['a retryable JIRA_ERROR, second read', error('JIRA_ERROR', true), 2, undefined],
    ['a JIRA_ERROR that is final (HTTP 400/404)', error('JIRA_ERROR', false), 1, undefined],
    ['FORBIDDEN', error('FORBIDDEN', false), 1, undefined],
    ['BAD_REQUEST', error('BAD_REQUEST', false), 1, undefined],
    ['UNAUTHORIZED', error('UNAUTHORIZED', false), 1, undefined],
  ])('%s: waits %p ms (undefined: pauses)', (_, failure, attempt, expected) => {
    expect(nextReadAfter(DEFAULT_RETRY_POLICY, attempt, failure)).toBe(expected);
  });

  it('doubles the wait per read when a policy allows more reads', () => {
    const policy = { maxAttempts: 4, backoffMs: 1_000, rateLimitWaitMs: 60_000 };
    const transient = error('JIRA_ERROR', true);
    expect([1, 2, 3, 4].map((attempt) => nextReadAfter(policy, attempt, transient))).toEqual([
      1_000,
      2_000,
      4_000,
      undefined,
    ]);
  });
});
