/** Calls the app's `handler` exactly as Forge does, against an installed mock Jira. */
import type { AuditPageResult } from '../../contract';
import { handler } from '../../index';
import { resetAuthorCache } from '../../jira/author-cache';
import { resetJiraTiming } from '../../jira/timing';
import { createMockJira, type MockJira, type MockJiraOptions } from '../../testing/mock-jira';

type ForgeHandler = (request: {
  call: { functionKey: string; payload?: unknown };
  context: object;
}) => Promise<unknown>;

export const callGetAuditPage = async (payload: unknown): Promise<AuditPageResult> =>
  (await (handler as unknown as ForgeHandler)({
    call: { functionKey: 'getAuditPage', payload },
    context: {},
  })) as AuditPageResult;

export interface MockJiraHolder {
  readonly jira: MockJira;
  /** Swap in a Jira holding other data for this test. */
  replace(options: MockJiraOptions): MockJira;
}

/** A fresh mock Jira per test, installed, with a cold author cache and real timing. */
export const useMockJira = (options: () => MockJiraOptions): MockJiraHolder => {
  let current: MockJira | undefined;
  const replace = (next: MockJiraOptions): MockJira => {
    current?.uninstall();
    current = createMockJira(next);
    current.install();
    return current;
  };
  const holder: MockJiraHolder = {
    get jira() {
      if (!current) throw new Error('useMockJira: no mock Jira outside a test');
      return current;
    },
    replace,
  };
  beforeEach(() => {
    resetAuthorCache();
    resetJiraTiming();
    replace(options());
  });
  afterEach(() => {
    current?.uninstall();
    current = undefined;
    resetJiraTiming();
  });
  return holder;
};

export const auditCalls = (jira: MockJira) =>
  jira.requests.filter((request) => request.url.pathname === '/rest/api/3/auditing/record');
export const userCalls = (jira: MockJira) =>
  jira.requests.filter((request) => request.url.pathname === '/rest/api/3/user/bulk');
