/** Saved searches on the page, through the real resolver and MariaDB: save, reopen, share with another admin, delete. */
// Jest hooks, not React's: renamed so the React hooks lint does not read it as one.
import { ADMIN, useArchiveHost as archivePerTest } from '../archive/testing/archive-host';
import { mockUser, rawRecord, type RawAuditRecord } from '../testing/mock-jira';
import { renderAdminPage, type AdminPage } from './testing/render-admin-page';

const ann = mockUser(1, { displayName: 'Ann' });
const OTHER = mockUser(2, { displayName: 'Otto' }).accountId;
const DAY = 24 * 60 * 60_000;
const today = Date.UTC(2026, 10, 30);
const created = (ms: number) => new Date(ms).toISOString().replace('Z', '+0000');

// 40 records, one every 6 hours back from 01:00 UTC today (ten days); every other one by Ann. Facts decided here.
const LOG: RawAuditRecord[] = Array.from({ length: 40 }, (_, index) =>
  rawRecord({
    id: 500 - index,
    created: created(today + 3_600_000 - (index * DAY) / 4),
    summary: 'Project updated',
    category: 'projects',
    ...(index % 2 === 0 ? { authorAccountId: ann.accountId } : {}),
  }),
);
const ids = (records: readonly RawAuditRecord[]) => records.map((record) => String(record.id));
const byAnn = LOG.filter((record) => record.authorAccountId === ann.accountId);

const host = archivePerTest(() => ({ records: LOG, users: [ann], admins: [ADMIN, OTHER] }));
let page: AdminPage;

const open = async (invoke = host.invoke) => {
  page = await renderAdminPage({ invoke, timezone: 'UTC' });
  await page.waitFor(() => page.has('saved-searches'), 'the saved searches on the archive');
  await page.settle();
};
const menu = () =>
  page.find('saved-searches').props.options as { readonly label: string; readonly value: string }[];
const lastSearch = () =>
  page.host.invokes.filter((call) => call.functionKey === 'searchAudit').at(-1)?.payload;
const saveAs = async (name: string, { shared = false } = {}) => {
  await page.type('saved-search-name', name);
  if (shared) await page.callProp('saved-search-shared', 'onChange', { target: { checked: true } });
  await page.click('save-search');
  await page.settle();
};
const saveAnnsSearch = async (options?: { shared?: boolean }, shown = byAnn[0]!) => {
  await page.click(`filter-author-${shown.id}`);
  await page.settle();
  await saveAs('Ann’s changes', options);
};

beforeEach(async () => {
  await host.syncUntilDone();
});
afterEach(async () => {
  await page?.settle();
});

describe('saved searches on the page', () => {
  it('saves the search on screen under a name, listed in the menu', async () => {
    await open();
    expect(menu()).toEqual([]);
    await saveAnnsSearch();
    expect(page.text('saved-search-message')).toBe('Saved “Ann’s changes”.');
    expect(menu()).toEqual([{ label: 'Ann’s changes', value: expect.any(String) }]);
    const [row] = await host.query<{ owner: string; search: string; shared: number }>(
      'SELECT owner, search, shared FROM saved_search',
    );
    expect(row).toMatchObject({ owner: ADMIN, shared: 0 });
    expect(JSON.parse(row!.search)).toEqual({ search: { authors: [ann.accountId] } });
  });

  it('reopens a saved search later: its filters and days searched again, shown in the bar', async () => {
    // Ann's records of Nov 25-27 (UTC): 01:00 and 13:00 of each day, hand-counted.
    const expected = byAnn.filter((record) => {
      const at = Date.parse(record.created.replace('+0000', 'Z'));
      return at >= Date.UTC(2026, 10, 25) && at < Date.UTC(2026, 10, 28);
    });
    expect(expected).toHaveLength(6);
    await open();
    await page.pickDate('from-date', '2026-11-25');
    await page.pickDate('to-date', '2026-11-27');
    await page.click('apply-filters');
    await page.settle();
    await saveAnnsSearch({}, expected[0]);

    await open();
    await page.selectOption('saved-searches', menu()[0]!.value);
    await page.settle();
    expect(lastSearch()).toMatchObject({
      authors: [ann.accountId],
      from: '2026-11-25T00:00:00.000Z',
      to: '2026-11-27T23:59:59.999Z',
    });
    expect(page.find('from-date').props.value).toBe('2026-11-25');
    expect(page.find('to-date').props.value).toBe('2026-11-27');
    expect(page.rowKeys('audit-table')).toEqual(ids(expected));
    expect(page.text('match-count')).toMatch(/^6 records match/);
  });

  it('shares a search with every admin: another admin sees it with its owner, opens it, cannot delete it', async () => {
    await open();
    await saveAnnsSearch({ shared: true });
    expect(menu()[0]!.label).toBe('Ann’s changes · shared');

    await open(host.invokeAs(OTHER));
    expect(menu()).toEqual([
      { label: 'Ann’s changes · shared with you', value: expect.any(String) },
    ]);
    await page.selectOption('saved-searches', menu()[0]!.value);
    await page.settle();
    expect(page.text('saved-search-owner')).toBe(`Shared by [User ${ADMIN}]`);
    expect(page.has('delete-saved-search')).toBe(false);
    expect(page.rowKeys('audit-table')).toEqual(ids(byAnn));
  });

  it('deletes the admin’s own search', async () => {
    await open();
    await saveAnnsSearch();
    await page.selectOption('saved-searches', menu()[0]!.value);
    await page.settle();
    await page.click('delete-saved-search');
    await page.settle();
    expect(page.text('saved-search-message')).toBe('Deleted “Ann’s changes”.');
    expect(menu()).toEqual([]);
    expect(await host.query('SELECT id FROM saved_search')).toEqual([]);
  });

  it('asks for a name, and says why a name is refused', async () => {
    await open();
    await page.click('save-search');
    expect(page.text('saved-search-message')).toBe('Give the search a name to save it.');
    expect(page.host.invokes.some((call) => call.functionKey === 'saveSearch')).toBe(false);

    await saveAs('x'.repeat(81));
    expect(page.text('saved-search-message')).toMatch(/^Not saved: .*1 to 80 characters/);
    await saveAs('two\nlines');
    expect(page.text('saved-search-message')).toMatch(/^Not saved: .*control characters/);
    expect(menu()).toEqual([]);
  });
});
