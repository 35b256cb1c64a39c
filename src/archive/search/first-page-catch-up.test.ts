/** The first page of a search is never more than a minute behind Jira, at the cost of at most two asUser requests. */
import { useArchiveHost } from '../testing/archive-host';
import { createFakeClock, type FakeClock } from '../../jira/testing/fake-clock';
import { rawRecords } from '../../testing/mock-jira';

const host = useArchiveHost(() => ({ records: rawRecords(20) }));
let clock: FakeClock;

const auditReads = () =>
  host.jira.requests.filter(
    (request) =>
      request.provider === 'user' &&
      request.url.pathname === '/rest/api/3/auditing/record' &&
      request.url.searchParams.get('limit') !== '1', // the access proof asks for one record
  );
const mark = async () =>
  (await host.query<{ mark: number }>('SELECT synced_through AS mark FROM archive_state'))[0]!.mark;

beforeEach(async () => {
  clock = createFakeClock(Date.now());
  host.restart({ clock, settings: { pageSize: 5 } });
  await host.syncUntilDone();
  host.jira.clearRequests();
});

describe('first-page catch-up', () => {
  it('reads what Jira wrote since a mark older than a minute, stores it, and moves the mark', async () => {
    const added = [host.jira.addRecord(), host.jira.addRecord(), host.jira.addRecord()];
    const before = await mark();
    clock.advance(61_000);
    const answer = await host.searchAudit({ limit: 3 });
    expect(answer.ok && answer.records.map((record) => record.id)).toEqual(
      added.map((record) => record.id).reverse(),
    );
    expect(auditReads()).toHaveLength(1);
    expect(await mark()).toBe(before + 61_000);
  });

  it('finds what the catch-up brought, even by a category the archive had not seen before', async () => {
    const added = host.jira.addRecord({ category: 'brand new category' });
    clock.advance(61_000);
    const answer = await host.searchAudit({ categories: ['brand new category'] });
    expect(answer.ok && answer.records.map((record) => record.id)).toEqual([added.id]);
  });

  it('within a minute of the mark, reads nothing from Jira', async () => {
    host.jira.addRecord();
    clock.advance(59_000);
    await host.searchAudit({});
    expect(auditReads()).toHaveLength(0);
  });

  it('stores nothing and leaves the mark when two requests do not reach it, and says how far the archive reaches', async () => {
    const before = await mark();
    for (let index = 0; index < 11; index += 1) host.jira.addRecord();
    clock.advance(120_000);
    const answer = await host.searchAudit({ limit: 50 });
    expect(auditReads()).toHaveLength(2);
    expect(answer.ok && answer.total).toBe(20);
    expect(answer.ok && answer.coverage.newest).toBe(new Date(before).toISOString());
    expect(await mark()).toBe(before);
    // The sync then catches up from the mark.
    expect(await host.sync()).toMatchObject({ ok: true, added: 11, done: true });
  });

  it('only on the first page: following a cursor reads nothing from Jira', async () => {
    const first = await host.searchAudit({ limit: 5 });
    host.jira.addRecord();
    clock.advance(61_000);
    host.jira.clearRequests();
    await host.searchAudit({ limit: 5, cursor: first.ok ? first.nextCursor : undefined });
    expect(auditReads()).toHaveLength(0);
  });
});
