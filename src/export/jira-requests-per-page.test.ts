/**
 * The worst case of Jira requests one export page can cost, through the real resolver: the export reads a page
 * at most twice and the resolver tries a 429/503 at most 4 times, so at most 8 audit requests a page.
 */
import { createFakeClock } from '../jira/testing/fake-clock';
import { auditCalls, userCalls, useMockJira } from '../resolvers/testing/forge-call';
import { generateAuditLog, type MockFault } from '../testing/mock-jira';
import { createExportJob } from './job';
import { EXPORT_PAGE_SIZE } from './paging-plan';

const TO = '2026-11-20T00:00:00.000Z';
const mock = useMockJira(() =>
  generateAuditLog({ count: 5000, seed: 3, end: new Date(TO), spanDays: 30, authorCount: 5 }),
);

const exportUnder = async (fault: MockFault, { afterFirstPage = false } = {}) => {
  mock.useDeps({ clock: createFakeClock() });
  const waits: number[] = [];
  let pages = 0;
  if (!afterFirstPage) mock.jira.setFault(fault);
  const outcome = await createExportJob({
    limit: EXPORT_PAGE_SIZE,
    maxInFlight: 3,
    sleep: async (ms) => void waits.push(ms),
    fetchPage: async ({ offset, limit }) => {
      const result = await mock.getAuditPage({ to: TO, offset, limit });
      if (afterFirstPage && ++pages === 1) mock.jira.setFault(fault);
      return result;
    },
  }).run();
  const perOffset = new Map<string, number>();
  for (const call of auditCalls(mock.jira)) {
    const offset = call.url.searchParams.get('offset')!;
    perOffset.set(offset, (perOffset.get(offset) ?? 0) + 1);
  }
  return { outcome, waits, perOffset };
};

describe('Jira requests per export page, worst case', () => {
  it.each([
    [
      'a 429 storm',
      { kind: 'status', status: 429, retryAfter: 1, path: 'audit' },
      'RATE_LIMITED',
      30_000,
    ],
    ['a 503 storm', { kind: 'status', status: 503, path: 'audit' }, 'JIRA_ERROR', 2_000],
  ] as const)(
    '%s costs 2 reads × 4 tries = 8 audit requests, then the export pauses',
    async (_, fault, code, wait) => {
      const { outcome, waits, perOffset } = await exportUnder(fault);
      expect(outcome).toMatchObject({ status: 'paused', error: { code, retryable: true } });
      expect([...perOffset]).toEqual([['0', 8]]);
      expect(waits).toEqual([wait]);
      expect(userCalls(mock.jira)).toHaveLength(0);
    },
  );

  it('a storm that starts mid-export costs each page on its way at most 8 and starts no new page', async () => {
    const { outcome, perOffset } = await exportUnder(
      { kind: 'status', status: 429, retryAfter: 1, path: 'audit' },
      { afterFirstPage: true },
    );
    expect(outcome).toMatchObject({ status: 'paused', error: { code: 'RATE_LIMITED' } });
    expect(perOffset.get('0')).toBe(1);
    // The three pages in flight when the storm began, and no fourth.
    expect([...perOffset].filter(([offset]) => offset !== '0')).toEqual([
      ['999', 8],
      ['1998', 8],
      ['2997', 8],
    ]);
  });

  it('a failed author lookup costs its own retries but never a second read of the page', async () => {
    const { outcome, perOffset } = await exportUnder({
      kind: 'status',
      status: 429,
      retryAfter: 1,
      path: 'users',
    });
    expect(outcome).toMatchObject({ status: 'done', received: 5000 });
    expect([...perOffset.values()].every((count) => count === 1)).toBe(true);
    // 5,000 records fill 6 pages of 999; each page's one user/bulk call (5 authors) is tried 4 times.
    expect(userCalls(mock.jira)).toHaveLength(6 * 4);
  });
});
