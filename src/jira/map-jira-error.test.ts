import { mapJiraStatus, requestFailed, tooSlow, unreadableResponse } from './map-jira-error';

describe('Jira status to contract error', () => {
  it.each([
    [401, 'UNAUTHORIZED', false, /sign in again/],
    [403, 'FORBIDDEN', false, /\*Administer Jira\* global permission.*paid Jira plan.*Free plan/],
    [429, 'RATE_LIMITED', true, /Wait a minute/],
    [404, 'JIRA_ERROR', false, /could not find/],
    [400, 'JIRA_ERROR', false, /Check the dates and the filter/],
    [414, 'JIRA_ERROR', false, /HTTP 414/],
    [500, 'JIRA_ERROR', true, /Try again in a few minutes/],
    [502, 'JIRA_ERROR', true, /HTTP 502/],
    [503, 'JIRA_ERROR', true, /HTTP 503/],
    [418, 'JIRA_ERROR', false, /unexpected HTTP 418/],
  ])('HTTP %i is %s, retryable: %s', (status, code, retryable, message) => {
    const result = mapJiraStatus(status, 'audit');
    expect(result).toEqual({
      ok: false,
      error: { code, retryable, message: expect.stringMatching(message) },
    });
  });

  it('says how often it retried', () => {
    expect(mapJiraStatus(429, 'audit', 3).error.message).toContain('still after 3 retries');
    expect(mapJiraStatus(503, 'users', 1).error.message).toContain('still after 1 retry');
  });

  it.each([
    ['unreadable answers', unreadableResponse('audit'), /could not read/],
    ['failed requests', requestFailed('audit'), /failed before Jira answered/],
    ['slow answers', tooSlow('audit', 20_000), /took too long.*over 20 s/],
  ])('%s are retryable JIRA_ERROR with advice', (_name, result, message) => {
    expect(result.error.code).toBe('JIRA_ERROR');
    expect(result.error.retryable).toBe(true);
    expect(result.error.message).toMatch(message);
  });
});
