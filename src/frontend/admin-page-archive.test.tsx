/** The page on the archive (searchAudit over a real MariaDB the real syncArchive filled): counts, filters, paging. */
// Jest hooks, not React's: renamed so the React hooks lint does not read it as one.
import { useArchiveHost as archivePerTest } from '../archive/testing/archive-host';
import { mockUser, rawRecord, type RawAuditRecord } from '../testing/mock-jira';
import { accessibleName } from '../testing/forge-host/forge-doc';
import { renderAdminPage, type AdminPage } from './testing/render-admin-page';

const ann = mockUser(1, { displayName: 'Ann' });
const bob = mockUser(2, { displayName: 'Bob' });
const MINUTE = 60_000;
const created = (minutesAgo: number) =>
  new Date(Date.now() - minutesAgo * MINUTE).toISOString().replace('Z', '+0000');

// 60 records, newest first: every third by Ann, every third by Bob, the rest by the system; facts decided here.
const LOG: RawAuditRecord[] = Array.from({ length: 60 }, (_, index) => {
  const id = 1000 - index;
  const who = index % 3;
  const scheme = index % 10 === 0;
  return rawRecord({
    id,
    created: created(10 + index * 5),
    summary: scheme ? 'Permission scheme updated' : 'Project updated',
    category: scheme ? 'permissions' : 'projects',
    ...(who === 0 ? {} : { authorAccountId: (who === 1 ? ann : bob).accountId }),
    ...(who === 0 ? {} : { remoteAddress: who === 1 ? `10.1.0.${index}` : `192.168.7.${index}` }),
    objectItem: scheme
      ? { id: '10200', name: 'Payments scheme', typeName: 'PERMISSION_SCHEME' }
      : { id: '10001', name: 'Apollo', typeName: 'PROJECT' },
  });
});
const ids = (records: readonly RawAuditRecord[]) => records.map((record) => String(record.id));

const host = archivePerTest(() => ({ records: LOG, users: [ann, bob] }));
let page: AdminPage;

const archiveCalls = () =>
  page.host.invokes
    .filter((call) => call.functionKey === 'searchAudit')
    .map((call) => call.payload as Record<string, unknown>);

const openOnArchive = async () => {
  await host.syncUntilDone();
  page = await renderAdminPage({ invoke: host.invoke, timezone: 'UTC' });
  await page.waitFor(() => page.has('match-count'), 'the page to move to the archive');
  await page.settle();
};

afterEach(async () => {
  await page?.settle();
});

describe('the page on the archive', () => {
  it('opens on the live log, then shows the archive with the exact count and what it covers', async () => {
    await openOnArchive();
    expect(page.searches()).toHaveLength(1); // the first rows came from the live log
    expect(page.text('match-count')).toMatch(/^60 records match, from /);
    expect(page.text('archive-status')).toMatch(/^The archive holds the whole log back to /);
    expect(page.rowKeys('audit-table')).toEqual(ids(LOG.slice(0, 50)));
  });

  it('pages forward and back with the archive cursors', async () => {
    await openOnArchive();
    await page.click('next-page');
    await page.settle();
    expect(page.rowKeys('audit-table')).toEqual(ids(LOG.slice(50)));
    expect(page.find('next-page').props.isDisabled).toBe(true);
    await page.click('prev-page');
    await page.settle();
    expect(page.rowKeys('audit-table')).toEqual(ids(LOG.slice(0, 50)));
    const [first, second, back] = archiveCalls();
    expect(first?.cursor).toBeUndefined();
    expect(typeof second?.cursor).toBe('string');
    expect(back?.cursor).toBeUndefined();
  });

  it("an author's name in the table narrows to that author, shown as a removable tag", async () => {
    await openOnArchive();
    const annRecord = LOG.find((record) => record.authorAccountId === ann.accountId)!;
    await page.click(`filter-author-${annRecord.id}`);
    await page.settle();
    const byAnn = LOG.filter((record) => record.authorAccountId === ann.accountId);
    expect(archiveCalls().at(-1)).toMatchObject({ authors: [ann.accountId] });
    expect(page.rowKeys('audit-table')).toEqual(ids(byAnn));
    expect(page.text('match-count')).toMatch(new RegExp(`^${byAnn.length} records match`));
    expect(page.find(`filter-tag-authors-${ann.accountId}`).props.text).toBe('Author: Ann');

    await page.callProp(`filter-tag-authors-${ann.accountId}`, 'onAfterRemoveAction');
    await page.settle();
    expect(page.text('match-count')).toMatch(/^60 records match/);
  });

  it('offers categories with their counts and narrows to the chosen one', async () => {
    await openOnArchive();
    const permissions = LOG.filter((record) => record.category === 'permissions');
    const options = page.find('filter-categories').props.options as {
      label: string;
      value: string;
    }[];
    expect(options).toContainEqual({
      value: 'permissions',
      label: `permissions (${permissions.length})`,
    });
    await page.callProp('filter-categories', 'onChange', [
      options.find((o) => o.value === 'permissions'),
    ]);
    await page.settle();
    expect(page.rowKeys('audit-table')).toEqual(ids(permissions));
  });

  it('"All changes to this object" finds every record of the permission scheme', async () => {
    await openOnArchive();
    const scheme = LOG.find((record) => record.objectItem?.typeName === 'PERMISSION_SCHEME')!;
    await page.click(`record-details-${scheme.id}`);
    await page.click('object-history');
    await page.settle();
    expect(archiveCalls().at(-1)).toMatchObject({
      object: { typeName: 'PERMISSION_SCHEME', id: '10200' },
    });
    expect(page.rowKeys('audit-table')).toEqual(
      ids(LOG.filter((record) => record.objectItem?.id === '10200')),
    );
  });

  it('an address prefix typed in the IP field narrows to the addresses inside it', async () => {
    await openOnArchive();
    await page.type('filter-ip', '10.1.0.0/16');
    await page.pressEnter('filter-ip');
    await page.settle();
    expect(archiveCalls().at(-1)).toMatchObject({ ip: '10.1.0.0/16' });
    expect(page.rowKeys('audit-table')).toEqual(
      ids(LOG.filter((record) => record.remoteAddress?.startsWith('10.1.'))),
    );
  });

  it('the When header asks the archive for the oldest first, paging on in that order, and back', async () => {
    await openOnArchive();
    expect(page.text('sort-when')).toBe('When (UTC) ↓');
    expect(accessibleName(page.find('sort-when'))).toContain('sorted newest first');
    await page.click('sort-when');
    await page.settle();
    expect(archiveCalls().at(-1)).toMatchObject({ order: 'asc' });
    expect(archiveCalls().at(-1)?.cursor).toBeUndefined();
    const oldestFirst = [...LOG].reverse();
    expect(page.rowKeys('audit-table')).toEqual(ids(oldestFirst.slice(0, 50)));
    expect(page.text('sort-when')).toBe('When (UTC) ↑');
    expect(accessibleName(page.find('sort-when'))).toContain('sorted oldest first');
    expect(page.text('match-count')).toMatch(/^60 records match/);
    await page.click('next-page');
    await page.settle();
    expect(archiveCalls().at(-1)).toMatchObject({ order: 'asc', cursor: expect.any(String) });
    expect(page.rowKeys('audit-table')).toEqual(ids(oldestFirst.slice(50)));
    await page.click('sort-when');
    await page.settle();
    expect(archiveCalls().at(-1)?.order).toBeUndefined();
    expect(page.rowKeys('audit-table')).toEqual(ids(LOG.slice(0, 50)));
  });

  it('keeps the oldest-first order when a filter is added', async () => {
    await openOnArchive();
    await page.click('sort-when');
    await page.settle();
    await page.callProp('filter-categories', 'onChange', [{ value: 'permissions', label: '' }]);
    await page.settle();
    expect(archiveCalls().at(-1)).toMatchObject({ order: 'asc', categories: ['permissions'] });
    expect(page.rowKeys('audit-table')).toEqual(
      ids(LOG.filter((record) => record.category === 'permissions').reverse()),
    );
  });

  it('stays on the live log while the archive is empty', async () => {
    page = await renderAdminPage({ invoke: host.invoke, timezone: 'UTC' });
    await page.settle();
    await page.waitFor(
      () => page.host.invokes.some((call) => call.functionKey === 'getArchiveStatus'),
      'the archive to be asked',
    );
    await page.settle();
    expect(archiveCalls()).toEqual([]);
    expect(page.has('match-count')).toBe(false);
    expect(page.rowKeys('audit-table')).toEqual(ids(LOG.slice(0, 50)));
  });
});
