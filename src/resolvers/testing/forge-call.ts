/** The app's resolver handler, built per test with fresh dependencies and called as Forge calls it, against a mock Jira. */
import type { ActivitySummaryResult, AuditPageResult } from '../../contract';
import { createJiraDeps, type JiraDeps } from '../../jira/jira-deps';
import { DEFAULT_TIMING, type JiraTiming } from '../../jira/timing';
import { invokeResolverFunction } from '../../testing/forge-host/invoke-function';
import { createMockJira, type MockJira, type MockJiraOptions } from '../../testing/mock-jira';
import { createResolverHandler } from '..';

export interface DepsOverrides extends Partial<Omit<JiraDeps, 'timing'>> {
  readonly timing?: Partial<JiraTiming>;
}

export interface MockJiraHolder {
  readonly jira: MockJira;
  /** Swap in a Jira holding other data for this test. */
  replace(options: MockJiraOptions): MockJira;
  /** Rebuilds the handler for the rest of this test with other dependencies (a fake clock, a short deadline). */
  useDeps(overrides: DepsOverrides): JiraDeps;
  call(functionKey: string, payload: unknown, accountId?: string): Promise<unknown>;
  getAuditPage(payload: unknown): Promise<AuditPageResult>;
  getActivitySummary(payload: unknown): Promise<ActivitySummaryResult>;
}

const buildDeps = ({ timing, ...rest }: DepsOverrides = {}): JiraDeps =>
  createJiraDeps({ ...rest, timing: { ...DEFAULT_TIMING, ...timing } });

/** A fresh mock Jira per test, installed, and a handler with a cold author cache and real timing. */
export const useMockJira = (options: () => MockJiraOptions): MockJiraHolder => {
  let current: MockJira | undefined;
  let handler = createResolverHandler(buildDeps());
  const replace = (next: MockJiraOptions): MockJira => {
    current?.uninstall();
    current = createMockJira(next);
    current.install();
    return current;
  };
  const call = (functionKey: string, payload: unknown, accountId?: string) =>
    invokeResolverFunction(handler, { functionKey, payload, accountId });
  const holder: MockJiraHolder = {
    get jira() {
      if (!current) throw new Error('useMockJira: no mock Jira outside a test');
      return current;
    },
    replace,
    useDeps: (overrides) => {
      const deps = buildDeps(overrides);
      handler = createResolverHandler(deps);
      return deps;
    },
    call,
    getAuditPage: async (payload) => (await call('getAuditPage', payload)) as AuditPageResult,
    getActivitySummary: async (payload) =>
      (await call('getActivitySummary', payload)) as ActivitySummaryResult,
  };
  beforeEach(() => {
    handler = createResolverHandler(buildDeps());
    replace(options());
  });
  afterEach(() => {
    current?.uninstall();
    current = undefined;
  });
  return holder;
};

export const auditCalls = (jira: MockJira) =>
  jira.requests.filter((request) => request.url.pathname === '/rest/api/3/auditing/record');
export const userCalls = (jira: MockJira) =>
  jira.requests.filter((request) => request.url.pathname === '/rest/api/3/user/bulk');
