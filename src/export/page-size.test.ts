import { MAX_LIMIT } from '../contract';
import { useMockJira } from '../resolvers/testing/forge-call';
import { generateAuditLog } from '../testing/mock-jira';
import { createExportJob } from './job';
import { EXPORT_PAGE_SIZE } from './paging-plan';

const log = generateAuditLog({
  count: 2500,
  seed: 7,
  end: new Date('2026-11-20T00:00:00Z'),
  spanDays: 30,
  authorCount: 5,
});
const mock = useMockJira(() => log);

const exportAll = async (limit: number) => {
  const ids: number[] = [];
  const outcome = await createExportJob({
    limit,
    maxInFlight: 3,
    fetchPage: ({ offset, limit: pageLimit }) =>
      mock.getAuditPage({ to: '2026-11-20T00:00:00.000Z', offset, limit: pageLimit }),
    onRecords: (records) => ids.push(...records.map((record) => record.id)),
  }).run();
  return { outcome, ids };
};

const auditRequests = () =>
  mock.jira.requests.filter((request) => request.path.includes('/auditing/record'));

describe('export page size', () => {
  it('stays one below Jira cap so the resolver can ask for limit + 1 in one request', () => {
    expect(EXPORT_PAGE_SIZE + 1).toBe(MAX_LIMIT);
  });

  it('exports every record with one Jira request per page by default', async () => {
    const { outcome, ids } = await exportAll(EXPORT_PAGE_SIZE);
    expect(outcome.status).toBe('done');
    expect(ids).toEqual(log.records.map((record) => record.id));
    const pagesAsked = new Set(
      auditRequests().map((request) => request.url.searchParams.get('offset')),
    );
    expect(auditRequests()).toHaveLength(pagesAsked.size);
  });

  it('would cost a probe request per full page at the cap', async () => {
    await exportAll(MAX_LIMIT);
    const probes = auditRequests().filter(
      (request) => request.url.searchParams.get('limit') === '1',
    );
    expect(probes.length).toBeGreaterThan(0);
  });
});
