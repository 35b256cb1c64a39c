/** A mock Jira that answers from memoised bodies, so a benchmark times the resolver, not the mock. */
import { createMockJira, type MockJiraOptions } from '../../src/testing/mock-jira';

import { routeForgeFetch, type ForgeFetch } from '../../src/testing/forge-host/forge-fetch';
import { forgeFetchSlot } from '../../src/testing/forge-host/forge-fetch-slot';

export interface InstantJira {
  /** Raw bodies served so far, by request path (query included). */
  readonly bodies: ReadonlyMap<string, string>;
  readonly requests: { path: string; provider: unknown }[];
  install(): void;
  uninstall(): void;
}

export const createInstantJira = (options: MockJiraOptions): InstantJira => {
  const mock = createMockJira(options);
  const bodies = new Map<string, { text: string; status: number; contentType: string }>();
  const requests: { path: string; provider: unknown }[] = [];
  const fetch: ForgeFetch = async (target, path, init) => {
    requests.push({ path, provider: (target as { provider?: unknown } | undefined)?.provider });
    let cached = bodies.get(path);
    if (!cached) {
      const response = await mock.fetch(target, path, init);
      cached = {
        text: await response.text(),
        status: response.status,
        contentType: response.headers.get('content-type') ?? 'application/json',
      };
      bodies.set(path, cached);
    }
    return new Response(cached.text, {
      status: cached.status,
      headers: { 'Content-Type': cached.contentType },
    });
  };
  return {
    get bodies() {
      return new Map([...bodies].map(([path, body]) => [path, body.text]));
    },
    requests,
    ...forgeFetchSlot(routeForgeFetch({ jira: fetch })),
  };
};
