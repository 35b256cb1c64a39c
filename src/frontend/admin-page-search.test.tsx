import { DateTime } from 'luxon';
import { renderAdminPage, type AdminPage } from './testing/render-admin-page';
import { startResolverBackend, type ResolverBackend } from './testing/resolver-backend';
import { rawRecords } from '../testing/mock-jira/record-factory';
import { idsOf, millis, recentLog } from './testing/page-fixtures';

// The table shows a time's year only when it is not the current one.
const thisYear = (year: number) => new Date().getFullYear() === year;

let backend: ResolverBackend;
let page: AdminPage;

const open = async (timezone = 'Europe/Berlin') => {
  page = await renderAdminPage({ invoke: backend.invoke, timezone });
  await page.settle();
};

const lastSearch = () => page.searches().at(-1) ?? {};

beforeEach(() => {
  backend = startResolverBackend(recentLog(180));
});

afterEach(async () => {
  await page?.settle();
  backend.close();
});

describe('opening the page', () => {
  it('shows the newest 50 records with the upper bound pinned to now and no lower bound', async () => {
    const before = Date.now();
    await open();
    const after = Date.now();

    expect(page.searches()).toHaveLength(1); // StrictMode does not search twice
    const { to, ...rest } = lastSearch();
    expect(rest).toEqual({ limit: 50, offset: 0, authors: false, emptyLists: false }); // User names people: no author names sent
    expect(millis(String(to))).toBeGreaterThanOrEqual(before);
    expect(millis(String(to))).toBeLessThanOrEqual(after);
    expect(backend.auditQueries()[0]?.get('to')).toBe(to);
    expect(backend.auditQueries()[0]?.has('from')).toBe(false);

    expect(page.rowKeys('audit-table')).toEqual(idsOf(backend.jira.allRecords().slice(0, 50)));
    expect(page.text('shown-range')).toBe('Records 1–50');
    expect(page.find('prev-page').props.isDisabled).toBe(true);
    expect(page.find('next-page').props.isDisabled).toBe(false);
    expect(page.host.refusals).toEqual([]); // nothing asked of the host that Forge would refuse
  });

  it('shows each time in the admin zone with the UTC instant in a tooltip, and "System" without an author', async () => {
    backend.close();
    backend = startResolverBackend({
      records: [
        {
          id: 7,
          summary: 'Workflow updated',
          created: '2026-03-29T00:30:00.000+0000',
          category: 'workflows',
          eventSource: '',
          objectItem: { name: 'Software workflow', typeName: 'WORKFLOW' },
        },
      ],
    });
    await open('America/Los_Angeles');
    expect(page.text('audit-table')).toContain('When (America/Los_Angeles)');
    expect(page.rows('audit-table')).toEqual([
      [
        `[tooltip: Mar 28, 2026, 17:30:00.000 PDT (America/Los_Angeles) · UTC 2026-03-29T00:30:00.000Z]Mar 28${thisYear(2026) ? '' : ', 2026'}, 17:30`,
        'Workflow updated',
        'workflows',
        'System',
        'Software workflow',
        '—',
        'Details',
      ],
    ]);
  });

  it('loads in the table rather than blanking the page', async () => {
    backend.jira.setFault({ kind: 'slow', delayMs: 300, times: 1 });
    page = await renderAdminPage({ invoke: backend.invoke });
    expect(page.find('audit-table').props.isLoading).toBe(true);
    expect(page.has('filter-text')).toBe(true);
    await page.settle();
    expect(page.find('audit-table').props.isLoading).toBe(false);
    expect(page.rowKeys('audit-table')).toHaveLength(50);
  });
});

describe('searching', () => {
  it('sends the search text to Jira unchanged and shows only matching records', async () => {
    // Jira's rule, by hand: every term, any case, somewhere in summary, category, object, changes or address.
    const log = [
      { summary: 'Group admin added', matches: true },
      {
        summary: 'User added to group',
        objectItem: { name: 'jira-ADMINS', typeName: 'GROUP' },
        matches: true,
      },
      { summary: 'Group created', category: 'group management', matches: false },
      { summary: 'Admin signed in', remoteAddress: '10.0.0.7', matches: false },
      {
        summary: 'Permission changed',
        changedValues: [
          { fieldName: 'Grantee', changedFrom: 'admin', changedTo: 'group: testers' },
        ],
        matches: true,
      },
      { summary: 'Project created', category: 'projects', matches: false },
    ];
    backend.close();
    backend = startResolverBackend({
      records: rawRecords(log.length, (index) => {
        const { matches: _matches, ...record } = log[index]!;
        return record;
      }),
    });
    const records = backend.jira.allRecords();
    await open();
    await page.type('filter-text', '  group admin ');
    await page.click('apply-filters');
    await page.settle();

    expect(lastSearch()).toMatchObject({ filter: 'group admin', offset: 0, limit: 50 });
    expect(backend.auditQueries().at(-1)?.get('filter')).toBe('group admin');
    expect(page.rowKeys('audit-table')).toEqual(
      idsOf(records.filter((_record, index) => log[index]!.matches)),
    );
  });

  it('applies the search when the admin presses Enter in the search text', async () => {
    await open();
    await page.type('filter-text', 'workflow');
    await page.pressEnter('filter-text');
    await page.settle();
    expect(page.searches()).toHaveLength(2);
    expect(lastSearch()).toMatchObject({ filter: 'workflow', offset: 0 });
  });

  it('pins a new upper bound on every search, so Apply picks up records written since', async () => {
    await open();
    const firstTo = String(lastSearch().to);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const added = backend.jira.addRecord({ summary: 'Project created', category: 'projects' });
    await page.click('apply-filters');
    await page.settle();
    expect(millis(String(lastSearch().to))).toBeGreaterThan(millis(firstTo));
    expect(page.rowKeys('audit-table')[0]).toBe(String(added.id));
  });

  it('searches the last 7 days up to now in the admin zone from a quick range', async () => {
    await open('America/Los_Angeles');
    await page.pickDate('from-date', '2026-01-05');
    const before = Date.now();
    await page.click('quick-range-last-7-days');
    await page.settle();

    const { from, to, ...rest } = lastSearch();
    expect(rest).toEqual({ limit: 50, offset: 0, authors: false, emptyLists: false }); // User names people: no author names sent
    expect(millis(String(to))).toBeGreaterThanOrEqual(before);
    const end = DateTime.fromISO(String(to), { setZone: true });
    expect(end.offset).toBe(
      DateTime.fromMillis(end.toMillis(), { zone: 'America/Los_Angeles' }).offset,
    );
    expect(from).toBe(end.minus({ days: 7 }).toISO());
    expect(page.find('quick-range-last-7-days').props.isSelected).toBe(true);
    expect(page.find('from-date').props.value).toBe(''); // a quick range replaces the picked days
    expect(backend.auditQueries().at(-1)?.get('from')).toBe(from);
  });

  it('keeps the text and recomputes the quick range from now when applied again', async () => {
    await open();
    await page.click('quick-range-last-24-hours');
    await page.settle();
    const firstTo = String(lastSearch().to);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await page.type('filter-text', 'user');
    await page.click('apply-filters');
    await page.settle();
    const { from, to, filter } = lastSearch();
    expect(filter).toBe('user');
    expect(millis(String(to))).toBeGreaterThan(millis(firstTo));
    expect(millis(String(to)) - millis(String(from))).toBe(24 * 3_600_000);
  });

  it('drops the quick range once the admin picks a day', async () => {
    await open();
    await page.click('quick-range-last-30-days');
    await page.settle();
    await page.pickDate('from-date', '2026-10-01');
    expect(page.find('quick-range-last-30-days').props.isSelected).toBe(false);
    await page.click('apply-filters');
    await page.settle();
    expect(lastSearch().from).toBe('2026-10-01T00:00:00.000+02:00');
  });

  it('resets to the newest records with no text and no range', async () => {
    await open();
    await page.type('filter-text', 'workflow');
    await page.pickDate('from-date', '2026-10-01');
    await page.click('apply-filters');
    await page.settle();
    await page.click('reset-filters');
    await page.settle();

    const { to, ...rest } = lastSearch();
    expect(rest).toEqual({ limit: 50, offset: 0, authors: false, emptyLists: false }); // User names people: no author names sent
    expect(to).toEqual(expect.any(String));
    expect(page.find('filter-text').props.value).toBe('');
    expect(page.find('from-date').props.value).toBe('');
    expect(page.rowKeys('audit-table')).toEqual(idsOf(backend.jira.allRecords().slice(0, 50)));
  });

  it('shows what to try when nothing matches', async () => {
    await open();
    await page.type('filter-text', 'no-such-term-anywhere');
    await page.click('apply-filters');
    await page.settle();
    expect(page.rows('audit-table')).toEqual([]);
    // Only text was narrowed: the advice is about the terms, not about dates or audit settings.
    expect(page.text('empty-result')).toContain('No record matches “no-such-term-anywhere”');
    expect(page.text('empty-result')).toContain('fewer or shorter terms');
    expect(page.text('empty-result')).not.toMatch(/range|Audit log/);
    expect(page.has('next-page')).toBe(false);
    expect(page.has('next-page-top')).toBe(false);
  });
});
