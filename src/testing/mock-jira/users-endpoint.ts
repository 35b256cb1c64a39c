/** GET /rest/api/3/user/bulk: repeated `accountId`, `maxResults` default 10, unknown ids left out, long lists refused. */
import type { EndpointResult } from './endpoint-result';
import { errorResult, jsonResult } from './endpoint-result';
import type { MockUser } from './types';

const MAX_IDS = 200;
const SITE = 'https://mock-site.atlassian.net';

const initials = (name: string): string =>
  name
    .split(/\s+/)
    .map((part) => [...part][0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase() || 'U';

export const avatarUrls = (
  user: MockUser,
): Record<'16x16' | '24x24' | '32x32' | '48x48', string> => {
  const url = (size: number) =>
    `https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/initials/${encodeURIComponent(initials(user.displayName))}-${user.accountId.length % 6}.png?size=${size}&s=${size}`;
  return { '16x16': url(16), '24x24': url(24), '32x32': url(32), '48x48': url(48) };
};

const toJiraUser = (user: MockUser) => ({
  self: `${SITE}/rest/api/3/user?accountId=${encodeURIComponent(user.accountId)}`,
  accountId: user.accountId,
  accountType: 'atlassian',
  active: user.active ?? true,
  displayName: user.displayName,
  avatarUrls: avatarUrls(user),
  timeZone: 'Etc/UTC',
});

export const serveUsersBulk = (
  users: ReadonlyMap<string, MockUser>,
  params: URLSearchParams,
): EndpointResult => {
  const ids = params.getAll('accountId');
  if (ids.length === 0) return errorResult(400, 'You must specify at least one accountId.');
  if (ids.length > MAX_IDS) {
    return {
      status: 414,
      body: '<html><body>414 Request-URI Too Large</body></html>',
      contentType: 'text/html',
    };
  }
  const startAt = Math.max(0, Number(params.get('startAt') ?? 0) || 0);
  const maxResults = Math.max(1, Number(params.get('maxResults') ?? 10) || 10);
  const found = [...new Set(ids)].flatMap((id) => {
    const user = users.get(id);
    return user ? [toJiraUser(user)] : [];
  });
  const values = found.slice(startAt, startAt + maxResults);
  return jsonResult(200, {
    maxResults,
    startAt,
    total: found.length,
    isLast: startAt + maxResults >= found.length,
    values,
  });
};
