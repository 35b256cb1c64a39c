/** Jira requests per page view, cold and warm author cache, with 1 to 50 distinct authors on the page. */
import { createMockJira, mockUser, rawRecords, type MockJira } from '../src/testing/mock-jira';
import { callGetAuditPage, coldStart } from './support/forge-handler';
import type { BenchRow, BenchSection } from './support/report';
import { runStandalone } from './support/report';

const count = (jira: MockJira, path: string) =>
  jira.requests.filter((request) => request.url.pathname === path).length;

/** One page view of `limit` rows, counting the Jira requests it made. */
const view = async (jira: MockJira, limit: number) => {
  jira.clearRequests();
  const result = await callGetAuditPage({ limit });
  if (!result.ok) throw new Error(`jira-requests: ${result.error.message}`);
  return {
    audit: count(jira, '/rest/api/3/auditing/record'),
    users: count(jira, '/rest/api/3/user/bulk'),
    named: result.records.filter((record) => record.author !== undefined).length,
    rows: result.records.length,
  };
};

export const run = async (): Promise<BenchSection> => {
  const rows: BenchRow[] = [];
  for (const { authors, limit } of [
    { authors: 1, limit: 50 },
    { authors: 50, limit: 50 },
    { authors: 50, limit: 1000 },
  ]) {
    const users = Array.from({ length: authors }, (_, index) => mockUser(index));
    const records = rawRecords(limit + 10, (index) => ({
      authorAccountId: users[index % authors]!.accountId,
    }));
    const jira = createMockJira({ records, users });
    jira.install();
    try {
      coldStart();
      const cold = await view(jira, limit);
      const warm = await view(jira, limit);
      if (cold.named !== cold.rows || warm.named !== warm.rows)
        throw new Error('jira-requests: an author went unnamed');
      for (const [cache, seen, goalUsers] of [
        ['cold', cold, 1],
        ['warm', warm, 0],
      ] as const) {
        rows.push({
          benchmark: `page of ${limit}, ${authors} author${authors === 1 ? '' : 's'}, ${cache} author cache`,
          measured: `${seen.audit} audit + ${seen.users} user/bulk`,
          baseline:
            limit <= 50
              ? `1 audit + ${goalUsers === 1 ? '≤ 1' : '0'} user/bulk`
              : 'export page size (not a page view)',
          // The goal is about page views (up to 50 rows); 1000 rows is the export's page size.
          ...(limit <= 50
            ? {
                goal: `1 + ${goalUsers === 1 ? '≤1' : '0'}`,
                met: seen.audit === 1 && seen.users <= goalUsers,
              }
            : {}),
        });
      }
    } finally {
      jira.uninstall();
    }
  }
  return {
    title: 'Jira requests per page view',
    rows,
    notes: [
      "Counted from the mock Jira's request log, through the real handler. A page of 1000 needs a second audit request: Jira serves at most 1000 records per request, so the resolver asks for 1 record past the page to know exactly whether more follow.",
      "Warm means the same function instance within the author cache's 10-minute TTL.",
    ],
  };
};

runStandalone(module, run);
