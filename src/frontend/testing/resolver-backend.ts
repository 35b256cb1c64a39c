/** The page's backend in tests: the real resolver handler, called as Forge calls it, against a mock Jira. */
import { createJiraDeps } from '../../jira/jira-deps';
import { createResolverHandler } from '../../resolvers';
import { invokeResolverFunction } from '../../testing/forge-host/invoke-function';
import { createMockJira, type MockJira, type MockJiraOptions } from '../../testing/mock-jira';

export interface ResolverBackend {
  readonly jira: MockJira;
  readonly invoke: (functionKey: string, payload: unknown) => Promise<unknown>;
  /** Jira's `auditing/record` requests for the page's searches, each as its query parameters. */
  readonly auditQueries: () => URLSearchParams[];
  readonly close: () => void;
}

export const startResolverBackend = (options: MockJiraOptions = {}): ResolverBackend => {
  const jira = createMockJira(options);
  jira.install();
  // Retries of 429/503 wait only nominally, so error states show without real seconds passing.
  const handler = createResolverHandler(
    createJiraDeps({ clock: { now: () => Date.now(), sleep: async () => undefined } }),
  );
  return {
    jira,
    invoke: (functionKey, payload) =>
      invokeResolverFunction(handler, {
        functionKey,
        payload,
        context: { moduleKey: 'audit-log-explorer-admin-page' },
      }),
    auditQueries: () =>
      jira.requests
        .filter((request) => request.url.pathname === '/rest/api/3/auditing/record')
        .map((request) => request.url.searchParams)
        // Not the archive's access proof (one record, no range), asked when the page checks the archive.
        .filter((query) => !(query.get('limit') === '1' && !query.has('to'))),
    close: () => jira.uninstall(),
  };
};
