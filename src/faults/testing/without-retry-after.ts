/** Puts a wrapper in front of an installed mock Jira that drops `Retry-After`, for 429s that come without it. */
import type { MockJira } from '../../testing/mock-jira';

type ForgeGlobal = { __forge_fetch__?: MockJira['fetch'] };

export const dropRetryAfter = (jira: MockJira): void => {
  (globalThis as ForgeGlobal).__forge_fetch__ = async (target, path, init) => {
    const response = await jira.fetch(target, path, init);
    const headers = new Headers(response.headers);
    headers.delete('Retry-After');
    headers.delete('X-RateLimit-Reset');
    return new Response(await response.text(), { status: response.status, headers });
  };
};
