/** Retention (default 365 days) and the size budget: oldest first, and what they removed is never read again. */
import { createFakeClock, type FakeClock } from '../../jira/testing/fake-clock';
import { formatJiraDate, rawRecords } from '../../testing/mock-jira';
import { useArchiveHost } from '../testing/archive-host';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
// One record a day for 400 days, the newest today (id 1000 - age in days).
const log = rawRecords(400, (age) => ({
  id: 1_000 - age,
  created: formatJiraDate(NOW - age * DAY),
}));
let clock: FakeClock;
const host = useArchiveHost(() => ({ records: log }));

const archivedIds = async () =>
  (await host.query<{ id: number }>('SELECT id FROM archive_record ORDER BY id DESC')).map(
    (row) => row.id,
  );
const idsOfAges = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => 1_000 - from - index);
const olderRequests = (cutoff: number) =>
  host.jira.requests.filter((request) => {
    const from = request.url.searchParams.get('from');
    return (
      request.url.pathname === '/rest/api/3/auditing/record' &&
      (from === null || Date.parse(from) < cutoff)
    );
  });

beforeEach(() => {
  clock = createFakeClock(NOW + 60_000);
  host.restart({ clock, settings: { pageSize: 50 } });
});

describe('retention', () => {
  it('keeps 365 days by default and never asks Jira for older records', async () => {
    await host.syncUntilDone();
    expect(await archivedIds()).toEqual(idsOfAges(0, 364));
    expect(olderRequests(NOW + 60_000 - 365 * DAY)).toEqual([]);
  });

  it('deletes what ages out, oldest first, and does not read it again', async () => {
    await host.syncUntilDone();
    clock.advance(10 * DAY);
    host.jira.clearRequests();
    await host.syncUntilDone();
    expect(await archivedIds()).toEqual(idsOfAges(0, 354));
    expect(olderRequests(clock.now() - 365 * DAY)).toEqual([]);
    expect(await host.query('SELECT COUNT(*) AS n FROM archive_record_body')).toEqual([{ n: 355 }]);
  });

  it("follows the app's retention setting", async () => {
    await host.archive.schema.ready();
    await host.query('UPDATE archive_state SET retention_days = 30');
    await host.syncUntilDone();
    expect(await archivedIds()).toEqual(idsOfAges(0, 29));
  });
});

describe('size budget', () => {
  const budget = { pageSize: 50, budgetBytes: 120 * 1_000, bytesPerRecord: 1_000 }; // room for 120 records

  it('stops the backfill when full, keeping the newest', async () => {
    host.restart({ clock, settings: budget });
    await host.syncUntilDone();
    expect(await archivedIds()).toEqual(idsOfAges(0, 119));
    expect(await host.getArchiveStatus()).toMatchObject({ ok: true, state: 'ready', records: 120 });
  });

  it('makes room for new records by deleting the oldest, and never reads those again', async () => {
    host.restart({ clock, settings: budget });
    await host.syncUntilDone();
    const added = Array.from({ length: 30 }, (_, index) =>
      host.jira.addRecord({ id: 2_000 + index, created: formatJiraDate(clock.now() + index) }),
    );
    clock.advance(DAY);
    host.jira.clearRequests();
    await host.syncUntilDone();
    expect(await archivedIds()).toEqual([
      ...added.map((record) => record.id).reverse(),
      ...idsOfAges(0, 89),
    ]);
    clock.advance(DAY);
    host.jira.clearRequests();
    await host.syncUntilDone();
    expect(olderRequests(NOW - 89 * DAY)).toEqual([]);
    expect(await archivedIds()).toHaveLength(120);
  });
});
