import { mockUser, rawRecord } from '../testing/mock-jira';
import { findByTestId, tableRows, visibleText } from '../testing/forge-host/forge-doc';
import { renderAdminPage, type AdminPage } from './testing/render-admin-page';
import { startResolverBackend, type ResolverBackend } from './testing/resolver-backend';

// The table shows a time's year only when it is not the current one.
const thisYear = (year: number) => new Date().getFullYear() === year;

let backend: ResolverBackend;
let page: AdminPage;

const author = mockUser(1, { displayName: 'Dana Admin' });

const DETAILED = rawRecord({
  id: 4242,
  summary: 'Permission scheme updated',
  created: '2026-10-25T00:30:00.000+0000', // Berlin: 02:30, the hour clocks go back
  category: 'permissions',
  eventSource: 'jira-cloud-admin',
  description: 'Browse Projects granted to a group',
  remoteAddress: '203.0.113.9',
  authorAccountId: author.accountId,
  objectItem: { id: '10000', name: 'Default Permission Scheme', typeName: 'SCHEME' },
  changedValues: [
    {
      fieldName: 'Browse Projects',
      changedFrom: 'jira-admins',
      changedTo: 'jira-admins, contractors',
    },
    { fieldName: 'Description', changedTo: 'Now with contractors' },
  ],
  associatedItems: [
    { id: '10001', name: 'Apollo', typeName: 'PROJECT' },
    { name: 'contractors', typeName: 'GROUP', parentName: 'Site' },
  ],
});

const SYSTEM = rawRecord({
  id: 4241,
  summary: 'Workflow updated',
  created: '2026-10-24T10:00:00.000+0000',
});

beforeEach(async () => {
  backend = startResolverBackend({ records: [DETAILED, SYSTEM], users: [author] });
  page = await renderAdminPage({ invoke: backend.invoke, timezone: 'Europe/Berlin' });
  await page.settle();
  await page.waitFor(() => page.text().includes('(Europe/Berlin)'), 'the admin zone');
});

afterEach(async () => {
  await page.settle();
  backend.close();
});

describe('record details', () => {
  it('lists the author as a user and every column of the row', async () => {
    expect(page.rows('audit-table')[0]).toEqual([
      // The hour clocks go back reads twice in Berlin: the hover tells which, with the zone and UTC.
      `[tooltip: Oct 25, 2026, 02:30:00.000 GMT+2 (Europe/Berlin) · UTC 2026-10-25T00:30:00.000Z]Oct 25${thisYear(2026) ? '' : ', 2026'}, 02:30`,
      'Permission scheme updated',
      'permissions',
      `[User ${author.accountId}]`,
      'Default Permission Scheme',
      '203.0.113.9',
      'Details',
    ]);
    expect(page.text('audit-table')).toContain('When (Europe/Berlin)');
  });

  it('opens a modal with the changed values, associated items, facts and the raw record', async () => {
    expect(page.has('record-details')).toBe(false);
    await page.click('record-details-4242');
    const modal = page.find('record-details');
    expect(modal.type).toBe('Modal');

    const changes = findByTestId(modal, 'changed-values');
    expect(changes && tableRows(changes)).toEqual([
      ['Browse Projects', 'jira-admins', '→ jira-admins, contractors'],
      ['Description', '(empty)', '→ Now with contractors'],
    ]);
    const text = visibleText(modal);
    expect(text).toContain('Permission scheme updated');
    expect(text).toContain('PROJECT Apollo');
    expect(text).toContain('GROUP contractors\nin Site');
    expect(text).toContain('Description: Browse Projects granted to a group');
    expect(text).toContain('Event source: jira-cloud-admin');
    expect(text).toContain('IP address: 203.0.113.9');
    expect(text).toContain(`Author: [User ${author.accountId}]\n${author.accountId}`);
    expect(text).toContain(
      'Created: Oct 25, 2026, 02:30:00.000 GMT+2 (Europe/Berlin) · UTC 2026-10-25T00:30:00.000Z',
    );
    expect(text).toContain('Object: SCHEME Default Permission Scheme');

    const raw = findByTestId(modal, 'raw-record');
    expect(raw?.props.language).toBe('json');
    // The record as Jira wrote it: the page asks for no author names (User shows the person).
    expect(JSON.parse(String(raw?.props.text))).toEqual(DETAILED);
  });

  it('says so when a system record has no changes, items or author', async () => {
    await page.click('record-details-4241');
    const text = page.text('record-details');
    expect(text).toContain('No changed values recorded.');
    expect(text).toContain('No associated items.');
    expect(text).toContain('Author: System');
  });

  it('closes with the Close button and when the host closes the modal', async () => {
    await page.click('record-details-4242');
    await page.click('close-details');
    expect(page.has('record-details')).toBe(false);

    await page.click('record-details-4241');
    await page.callProp('record-details', 'onClose');
    expect(page.has('record-details')).toBe(false);
  });
});
