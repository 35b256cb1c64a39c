/** Sends one Jira request, retrying 429/503 within a bounded wait, and returns its JSON body or a failure. */
import { NeedsAuthenticationError, type APIResponse } from '@forge/api';
import type { Failure } from '../contract';
import {
  mapJiraStatus,
  requestFailed,
  tooSlow,
  unreadableResponse,
  type JiraEndpoint,
} from './map-jira-error';
import type { JiraSession } from './jira-session';
import { retryDelayMs } from './retry-delay';

export type JiraJson = { readonly ok: true; readonly body: unknown } | Failure;

export interface JiraCall {
  readonly endpoint: JiraEndpoint;
  readonly send: () => Promise<APIResponse>;
}

const RETRYABLE = new Set([429, 503]);
const TIMED_OUT = Symbol('timed out');

type Answer = {
  readonly status: number;
  readonly headers: APIResponse['headers'];
  readonly text: string;
};

// Real timer on purpose: a replaced clock must not make a slow Jira look instant.
const beforeDeadline = async <T>(
  start: () => Promise<T>,
  { clock, deadline }: JiraSession,
): Promise<T | typeof TIMED_OUT> => {
  const remaining = deadline - clock.now();
  if (remaining <= 0) return TIMED_OUT;
  const work = start();
  work.catch(() => undefined); // the losing branch must not become an unhandled rejection
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), remaining);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
};

const answer = async (send: () => Promise<APIResponse>): Promise<Answer> => {
  const response = await send();
  // Read error bodies too, so the connection is released; they are never shown or logged.
  const text = await response.text();
  return { status: response.status, headers: response.headers, text };
};

const parseJson = (text: string): { ok: true; body: unknown } | undefined => {
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
};

export const requestWithRetry = async (
  session: JiraSession,
  { endpoint, send }: JiraCall,
): Promise<JiraJson> => {
  const { timing, clock, deadline } = session;
  let waited = 0;
  for (let retries = 0; ; retries += 1) {
    let result: Answer | typeof TIMED_OUT;
    try {
      result = await beforeDeadline(() => answer(send), session);
    } catch (error) {
      if (error instanceof NeedsAuthenticationError) throw error; // Forge shows its consent prompt
      return requestFailed(endpoint);
    }
    if (result === TIMED_OUT) return tooSlow(endpoint, timing.deadlineMs);
    if (result.status >= 200 && result.status < 300) {
      return parseJson(result.text) ?? unreadableResponse(endpoint);
    }
    if (!RETRYABLE.has(result.status)) return mapJiraStatus(result.status, endpoint, retries);
    const wait = retryDelayMs(result.headers, retries, timing.backoffMs, clock.now());
    const giveUp =
      retries >= timing.maxRetries ||
      waited + wait > timing.retryBudgetMs ||
      clock.now() + wait >= deadline;
    if (giveUp) return mapJiraStatus(result.status, endpoint, retries);
    await clock.sleep(wait);
    waited += wait;
  }
};
