import { NeedsAuthenticationError, ProxyRequestError, type APIResponse } from '@forge/api';
import { requestWithRetry } from './request-with-retry';
import { createFakeClock, type FakeClock } from './testing/fake-clock';
import { startJiraSession } from './jira-session';
import { DEFAULT_TIMING } from './timing';

const reply = (status: number, body = '{"records":[]}', headers: Record<string, string> = {}) =>
  new Response(body, { status, headers }) as unknown as APIResponse;

/** A send() that answers from the list in turn, repeating the last answer. */
const answers = (...replies: (() => APIResponse | Promise<APIResponse>)[]) => {
  let calls = 0;
  const send = jest.fn(async () => {
    const next = replies[Math.min(calls, replies.length - 1)]!;
    calls += 1;
    return next();
  });
  return send;
};

let clock: FakeClock;
beforeEach(() => {
  clock = createFakeClock();
});

const call = (send: () => Promise<APIResponse>, deadlineIn = 20_000) =>
  requestWithRetry(startJiraSession('user', { clock, timing: DEFAULT_TIMING }, deadlineIn), {
    endpoint: 'audit',
    send,
  });

describe('Jira request with retry', () => {
  it('returns the parsed body of a 200', async () => {
    await expect(call(answers(() => reply(200, '{"a":1}')))).resolves.toEqual({
      ok: true,
      body: { a: 1 },
    });
  });

  it.each([
    ['malformed JSON', '{a:1'],
    ['a truncated body', '{"records":[{"id":1,'],
    ['an empty body', ''],
  ])('turns %s into JIRA_ERROR', async (_name, body) => {
    const result = await call(answers(() => reply(200, body)));
    expect(!result.ok && result.error.code).toBe('JIRA_ERROR');
  });

  it('retries 429 after the Retry-After seconds, then succeeds', async () => {
    const send = answers(
      () => reply(429, '', { 'Retry-After': '2' }),
      () => reply(200, '{}'),
    );
    await expect(call(send)).resolves.toEqual({ ok: true, body: {} });
    expect(send).toHaveBeenCalledTimes(2);
    expect(clock.sleeps).toEqual([2000]);
  });

  it('backs off 1 s, 2 s, 4 s without Retry-After and gives up after 3 retries', async () => {
    const send = answers(() => reply(503));
    const result = await call(send);
    expect(send).toHaveBeenCalledTimes(4);
    expect(clock.sleeps).toEqual([1000, 2000, 4000]);
    expect(!result.ok && result.error).toEqual({
      code: 'JIRA_ERROR',
      message: expect.stringContaining('HTTP 503'),
      retryable: true,
    });
  });

  it('gives up on 429 after 3 retries as RATE_LIMITED', async () => {
    const send = answers(() => reply(429, '', { 'Retry-After': '1' }));
    const result = await call(send);
    expect(send).toHaveBeenCalledTimes(4);
    expect(clock.sleeps).toEqual([1000, 1000, 1000]);
    expect(!result.ok && result.error.code).toBe('RATE_LIMITED');
  });

  it('stops at once when the next wait would pass the 10 s budget', async () => {
    const send = answers(() => reply(429, '', { 'Retry-After': '6' }));
    const result = await call(send);
    expect(clock.sleeps).toEqual([6000]);
    expect(send).toHaveBeenCalledTimes(2);
    expect(!result.ok && result.error.code).toBe('RATE_LIMITED');
  });

  it('does not wait at all when Retry-After alone exceeds the budget', async () => {
    const send = answers(() => reply(429, '', { 'Retry-After': '11' }));
    const result = await call(send);
    expect(clock.sleeps).toEqual([]);
    expect(send).toHaveBeenCalledTimes(1);
    expect(!result.ok && result.error).toMatchObject({ code: 'RATE_LIMITED', retryable: true });
  });

  it('does not wait past the overall deadline', async () => {
    const send = answers(() => reply(429, '', { 'Retry-After': '3' }));
    const result = await call(send, 2_000);
    expect(clock.sleeps).toEqual([]);
    expect(!result.ok && result.error.code).toBe('RATE_LIMITED');
  });

  it.each([
    [400, 'JIRA_ERROR'],
    [401, 'UNAUTHORIZED'],
    [403, 'FORBIDDEN'],
    [404, 'JIRA_ERROR'],
    [500, 'JIRA_ERROR'],
    [502, 'JIRA_ERROR'],
  ])('does not retry HTTP %i, and answers %s', async (status, code) => {
    const send = answers(() => reply(status));
    const result = await call(send);
    expect(send).toHaveBeenCalledTimes(1);
    expect(clock.sleeps).toEqual([]);
    expect(!result.ok && result.error.code).toBe(code);
  });

  it('rethrows missing consent unchanged', async () => {
    const consent = new NeedsAuthenticationError(
      'Authentication Required',
      'atlassian-token-service-key',
    );
    await expect(call(async () => Promise.reject(consent))).rejects.toBe(consent);
  });

  it.each([
    ['a proxy error', new ProxyRequestError(502, 'UPSTREAM_ERR')],
    ['a network error', new TypeError('fetch failed')],
  ])('turns %s into JIRA_ERROR', async (_name, error) => {
    const result = await call(async () => Promise.reject(error));
    expect(!result.ok && result.error.code).toBe('JIRA_ERROR');
  });

  it('returns "took too long" when Jira does not answer before the deadline', async () => {
    const never = () => new Promise<APIResponse>(() => undefined);
    const started = Date.now();
    const result = await call(never, 50);
    expect(!result.ok && result.error).toEqual({
      code: 'JIRA_ERROR',
      message: expect.stringContaining('took too long'),
      retryable: true,
    });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('does not send when the deadline has already passed', async () => {
    const send = answers(() => reply(200));
    const result = await call(send, 0);
    expect(!result.ok && result.error.message).toContain('took too long');
    expect(send).not.toHaveBeenCalled();
  });
});
