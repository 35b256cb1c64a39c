/** Beyond Jira's 5,000-record sample: the archive counts the whole range exactly. */
import { createFakeClock } from '../../jira/testing/fake-clock';
import { formatJiraDate, rawRecord } from '../../testing/mock-jira';
import { useArchiveHost } from '../testing/archive-host';

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2026, 8, 1); // 2026-09-01
const DAYS = 73; // through 2026-11-12
const NOW = Date.UTC(2026, 10, 25, 12);
const CATEGORIES = ['projects', 'fields', 'user management'];
// 100 records a day, ten minutes apart from 00:07 UTC, categories in turn: 34, 33 and 33 a day.
const log = Array.from({ length: DAYS * 100 }, (_, index) =>
  rawRecord({
    id: 10_000 + index,
    created: formatJiraDate(
      FIRST_DAY + Math.floor(index / 100) * DAY + (index % 100) * 600_000 + 420_000,
    ),
    category: CATEGORIES[(index % 100) % 3]!,
  }),
);
const PER_DAY = { projects: 34, fields: 33, 'user management': 33 };

const host = useArchiveHost(() => ({ records: log }));

beforeEach(() => host.restart({ clock: createFakeClock(NOW) }));

describe('activity over 7,300 records', () => {
  it('from the archive: every day exact, not a sample', async () => {
    await host.syncUntilDone();
    host.jira.clearRequests();
    const answer = await host.getActivitySummary({
      from: '2026-09-01T00:00:00.000Z',
      to: '2026-11-12T23:59:59.999Z',
      timezone: 'UTC',
    });
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer).toMatchObject({ scanned: 7_300, capped: false, source: 'archive' });
    expect(answer.days).toHaveLength(DAYS);
    expect(answer.days[0]?.day).toBe('2026-09-01');
    expect(answer.days.at(-1)?.day).toBe('2026-11-12');
    for (const day of answer.days) expect(day.counts).toEqual(PER_DAY);
    // Only the access proof reached Jira.
    expect(host.jira.requests.map((request) => request.url.searchParams.get('limit'))).toEqual([
      '1',
    ]);
  });

  it('from Jira before the archive holds it: the newest 5,000, a sample', async () => {
    const answer = await host.getActivitySummary({
      from: '2026-09-01T00:00:00.000Z',
      to: '2026-11-12T23:59:59.999Z',
      timezone: 'UTC',
    });
    expect(answer).toMatchObject({ scanned: 5_000, capped: true, source: 'jira' });
  });
});
