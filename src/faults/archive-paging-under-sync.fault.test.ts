/** Following nextCursor while syncArchive adds records (new ones above, backfilled ones below): no gap, no repeat. */
import { useArchiveHost } from '../archive/testing/archive-host';
import { createFakeClock, type FakeClock } from '../jira/testing/fake-clock';
import { formatJiraDate, rawRecords } from '../testing/mock-jira';

const CATEGORIES = ['projects', 'workflows', 'user management'];
const START = Date.UTC(2026, 10, 24, 12, 5);
const log = rawRecords(600, (index) => ({ category: CATEGORIES[index % 3]! }));
let clock: FakeClock;
const host = useArchiveHost(() => ({ records: log }));

beforeEach(async () => {
  clock = createFakeClock(START);
  // Two pages of 100 per sync call (requests for 3 in reserve): the backfill is still running while the admin pages.
  host.restart({ clock, settings: { pageSize: 100, syncMaxRequests: 12 } });
  await host.sync();
});

const archived = async (pin: number, category?: string) =>
  (
    await host.query<{ id: number }>(
      `SELECT r.id FROM archive_record r JOIN archive_value v ON v.ref = r.category_ref WHERE r.created <= ? ${category ? 'AND v.value = ?' : ''}`,
      category ? [pin, category] : [pin],
    )
  ).map((row) => row.id);

describe.each([undefined, 'workflows'])('paging (category %s) while the sync runs', (category) => {
  it('walks every record archived at the first page once, shows none written after it, and keeps the order', async () => {
    const payload = { limit: 25, ...(category ? { categories: [category] } : {}) };
    const pin = clock.now();
    const first = await host.searchAudit(payload);
    if (!first.ok) throw new Error(first.error.message);
    const atFirstPage = await archived(pin, category);
    expect(first.total).toBe(atFirstPage.length);
    const seen = first.records.map((record) => ({
      id: record.id,
      created: Date.parse(record.created.replace(/(\d\d)(\d\d)$/, '$1:$2')),
    }));
    let cursor = first.nextCursor;
    while (cursor) {
      // Jira writes, time passes, and a sync both catches up (newer) and backfills (older) between two pages.
      for (let index = 0; index < 3; index += 1)
        host.jira.addRecord({ created: formatJiraDate(clock.now()), category: CATEGORIES[index]! });
      clock.advance(5 * 60_000);
      await host.sync();
      const page = await host.searchAudit({ ...payload, cursor });
      if (!page.ok) throw new Error(page.error.message);
      seen.push(
        ...page.records.map((record) => ({
          id: record.id,
          created: Date.parse(record.created.replace(/(\d\d)(\d\d)$/, '$1:$2')),
        })),
      );
      cursor = page.nextCursor;
    }
    const ids = seen.map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(atFirstPage));
    expect(seen.every((record) => record.created <= pin)).toBe(true);
    for (let index = 1; index < seen.length; index += 1) {
      const [a, b] = [seen[index - 1]!, seen[index]!];
      expect(a.created > b.created || (a.created === b.created && a.id > b.id)).toBe(true);
    }
    // The backfill went on meanwhile: the walk reached older records than the first page's archive held.
    expect(ids.length).toBeGreaterThan(atFirstPage.length);
  });
});
