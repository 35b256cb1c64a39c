/**
 * Forge's `globalThis.__forge_fetch__(target, path, init)`: what @forge/api's `requestJira`, @forge/sql and
 * @forge/events call. One router sends each target where Forge would: `remote: 'jira'` to a (mock) Jira,
 * `remote: 'sql'` to a SQL server, the async-events queue paths (`remote: 'stargate'`) to the async-events host.
 */

/** The first argument @forge/api passes: `{ provider: 'user' | 'app' | 'none', remote, type, accountId? }`. */
export interface ForgeTarget {
  readonly provider?: string;
  readonly remote?: string;
  readonly type?: string;
  readonly accountId?: string;
}

export type ForgeFetch = (
  target: ForgeTarget,
  path: string,
  init?: RequestInit,
) => Promise<Response>;

export interface ForgeRoutes {
  readonly jira?: ForgeFetch;
  readonly sql?: ForgeFetch;
  readonly events?: ForgeFetch;
}

export const isSqlTarget = (target: ForgeTarget): boolean =>
  target.provider === 'app' && target.remote === 'sql';

/** @forge/events' Queue posts to `/webhook/queue/…` through the app's stargate remote. */
export const isAsyncEventsRequest = (target: ForgeTarget, path: string): boolean =>
  target.remote === 'stargate' && path.startsWith('/webhook/queue/');

const unrouted = (target: ForgeTarget): Response =>
  new Response(
    JSON.stringify({
      code: 'NOT_AVAILABLE',
      message: `No ${String(target.remote)} backend is wired into this Forge host.`,
    }),
    { status: 502, headers: { 'Content-Type': 'application/json' } },
  );

/** A `__forge_fetch__` that sends SQL to `routes.sql` and product requests to `routes.jira`. */
export const routeForgeFetch =
  (routes: ForgeRoutes): ForgeFetch =>
  async (target, path, init) => {
    const backend = isSqlTarget(target)
      ? routes.sql
      : isAsyncEventsRequest(target, path)
        ? routes.events
        : target.remote === 'jira' || target.remote === undefined
          ? routes.jira
          : undefined;
    return backend === undefined ? unrouted(target) : backend(target, path, init);
  };
