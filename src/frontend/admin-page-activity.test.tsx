/** The activity chart and the Export button on the rendered admin page, against the real resolver and mock Jira. */
import { DateTime } from 'luxon';
import { findAll } from '../testing/forge-host/forge-doc';
import { recentLog, millis } from './testing/page-fixtures';
import { renderAdminPage, type AdminPage } from './testing/render-admin-page';
import { startResolverBackend, type ResolverBackend } from './testing/resolver-backend';

let backend: ResolverBackend;
let page: AdminPage;

const open = async (timezone = 'Europe/Berlin') => {
  page = await renderAdminPage({ invoke: backend.invoke, timezone });
  await page.settle();
};

const summaries = () =>
  page.host.invokes.filter((call) => call.functionKey === 'getActivitySummary');
const chart = () => findAll(page.root(), (node) => node.type === 'StackBarChart')[0];
type Bar = { day: string; category: string; count: number };

beforeEach(() => {
  backend = startResolverBackend(recentLog(240, 5, 10));
});

afterEach(async () => {
  await page?.settle();
  backend.close();
});

describe('activity chart', () => {
  it('loads only when asked, so a plain search costs Jira no extra requests', async () => {
    await open();
    expect(summaries()).toHaveLength(0);
    expect(page.has('activity-show')).toBe(true);
    expect(chart()).toBeUndefined();
  });

  it('shows records per day by category for the current search, days in the admin zone', async () => {
    await open('Asia/Tokyo');
    await page.click('activity-show');
    await page.settle();

    const [call] = summaries();
    const search = page.searches().at(-1)!;
    expect(call?.payload).toEqual({ to: search.to, timezone: 'Asia/Tokyo' });

    const bars = chart()?.props.data as Bar[];
    const expected = new Map<string, number>();
    for (const record of backend.jira.allRecords()) {
      if (millis(record.created) > millis(String(search.to))) continue;
      const key = `${DateTime.fromMillis(millis(record.created), { zone: 'Asia/Tokyo' }).toISODate()}|${record.category}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    expect(
      new Map(
        bars.filter((bar) => bar.count > 0).map((bar) => [`${bar.day}|${bar.category}`, bar.count]),
      ),
    ).toEqual(expected);
    expect(chart()?.props).toMatchObject({
      xAccessor: 'label',
      yAccessor: 'count',
      colorAccessor: 'category',
    });
    expect(page.text('activity-caption')).toBe('All 240 matching records. Days in Asia/Tokyo.');
  });

  it('follows a new filter but not paging', async () => {
    await open();
    await page.click('activity-show');
    await page.settle();
    await page.click('next-page');
    await page.settle();
    expect(summaries()).toHaveLength(1);

    await page.type('filter-text', 'group');
    await page.click('apply-filters');
    await page.settle();
    expect(summaries()).toHaveLength(2);
    expect(summaries()[1]?.payload).toMatchObject({ filter: 'group' });
  });

  it('narrows the table to a busy day picked under the chart, keeping the filter', async () => {
    await open('Europe/Berlin');
    await page.type('filter-text', 'user');
    await page.click('apply-filters');
    await page.settle();
    await page.click('activity-show');
    await page.settle();
    const options = page.find('activity-day').props.options as { value: string }[];
    const day = options[1]!.value;
    await page.selectOption('activity-day', day);
    await page.settle();

    const search = page.searches().at(-1)!;
    expect(search.filter).toBe('user');
    expect(search.from).toBe(
      DateTime.fromISO(day, { zone: 'Europe/Berlin' }).startOf('day').toISO(),
    );
    expect(search.to).toBe(DateTime.fromISO(day, { zone: 'Europe/Berlin' }).endOf('day').toISO());
    const shown = page.rowKeys('audit-table');
    expect(shown.length).toBeGreaterThan(0);
    for (const id of shown) {
      const record = backend.jira.allRecords().find((candidate) => String(candidate.id) === id)!;
      expect(
        DateTime.fromMillis(millis(record.created), { zone: 'Europe/Berlin' }).toISODate(),
      ).toBe(day);
    }
  });

  it('says when the chart is only a sample of a long log', async () => {
    backend.close();
    backend = startResolverBackend(recentLog(5100, 9, 30));
    await open('UTC');
    await page.click('activity-show');
    // Six Jira pages of 1,000 through the real resolver: slower than the page's usual settle.
    await page.waitFor(() => page.has('activity-caption'), 'the activity caption', 20_000);
    expect(page.text('activity-caption')).toMatch(
      /^Based on the newest 5,000 matching records only/,
    );
  }, 30_000);

  it('leaves missing consent to Forge instead of calling the chart unreachable', async () => {
    await open();
    backend.jira.setFault({ kind: 'needs-auth', times: 1 });
    await page.click('activity-show');
    await page.settle();
    expect(page.has('activity-error')).toBe(false);
    expect(page.platformErrors.map(({ name }) => name)).toEqual(['NEEDS_AUTHENTICATION_ERR']);
    expect(page.rowKeys('audit-table')).toHaveLength(50);
  });

  it('shows why the chart could not load, and the table stays', async () => {
    await open();
    backend.jira.setFault({ kind: 'status', status: 403 });
    await page.click('activity-show');
    await page.settle();
    expect(page.text('activity-error')).toMatch(/Administer Jira/);
    expect(page.text('activity-error')).not.toContain('*');
    expect(page.rowKeys('audit-table')).toHaveLength(50);
  });
});
