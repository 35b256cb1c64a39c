/** GET /rest/api/3/user/bulk for at most 50 account ids, as the session's actor. */
import { route } from '@forge/api';
import type { Failure } from '../contract';
import { unreadableResponse } from './map-jira-error';
import { getJson, type JiraSession } from './jira-session';
import { requestWithRetry } from './request-with-retry';
import { usersBulkResponseSchema, type JiraUser } from './schemas';

/** Long id lists make URLs Jira rejects (400/414). */
export const MAX_IDS_PER_CALL = 50;

export type UsersBulkResult = { readonly ok: true; readonly users: JiraUser[] } | Failure;

export const usersBulkQuery = (accountIds: readonly string[]): URLSearchParams => {
  const params = new URLSearchParams(accountIds.map((id) => ['accountId', id]));
  params.set('startAt', '0');
  // Jira's default is 10: ask for every id or the rest are silently dropped.
  params.set('maxResults', String(accountIds.length));
  return params;
};

export const getUsersBulk = async (
  session: JiraSession,
  accountIds: readonly string[],
): Promise<UsersBulkResult> => {
  if (accountIds.length === 0) return { ok: true, users: [] };
  if (accountIds.length > MAX_IDS_PER_CALL) {
    throw new RangeError(
      `getUsersBulk takes at most ${MAX_IDS_PER_CALL} ids, got ${accountIds.length}`,
    );
  }
  const query = usersBulkQuery(accountIds);
  const answer = await requestWithRetry(session, {
    endpoint: 'users',
    send: () => getJson(session, route`/rest/api/3/user/bulk?${query}`),
  });
  if (!answer.ok) return answer;
  const parsed = usersBulkResponseSchema.safeParse(answer.body);
  return parsed.success ? { ok: true, users: parsed.data.values } : unreadableResponse('users');
};
