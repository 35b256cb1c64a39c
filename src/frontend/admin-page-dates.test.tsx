import { DateTime } from 'luxon';
import { rawRecord } from '../testing/mock-jira';
import { renderAdminPage, type AdminPage } from './testing/render-admin-page';
import { startResolverBackend, type ResolverBackend } from './testing/resolver-backend';

let backend: ResolverBackend;
let page: AdminPage;

/** A record written at `utc`, named after it so the table says which instants matched. */
const at = (id: number, utc: string) =>
  rawRecord({ id, summary: `written ${utc}`, created: utc.replace('Z', '+0000') });

// Each pair straddles a day boundary in one zone, one millisecond either side.
const BOUNDARY_RECORDS = [
  at(1, '2026-03-27T22:59:59.999Z'), // Berlin 27 Mar 23:59:59.999 (+01:00)
  at(2, '2026-03-27T23:00:00.000Z'), // Berlin 28 Mar 00:00 (+01:00)
  at(3, '2026-03-29T21:59:59.999Z'), // Berlin 29 Mar 23:59:59.999 (+02:00)
  at(4, '2026-03-29T22:00:00.000Z'), // Berlin 30 Mar 00:00 (+02:00)
  at(5, '2026-10-31T06:59:59.999Z'), // Los Angeles 30 Oct 23:59:59.999 (-07:00)
  at(6, '2026-10-31T07:00:00.000Z'), // Los Angeles 31 Oct 00:00 (-07:00)
  at(7, '2026-11-02T07:59:59.999Z'), // Los Angeles 1 Nov 23:59:59.999 (-08:00)
  at(8, '2026-11-02T08:00:00.000Z'), // Los Angeles 2 Nov 00:00 (-08:00)
].reverse();

const open = async (timezone: string) => {
  page = await renderAdminPage({ invoke: backend.invoke, timezone });
  await page.settle();
  await page.waitFor(
    () => page.text().includes(`(${timezone})`),
    'the admin zone from the context',
  );
};

const searchDays = async (fromDay: string, toDay: string) => {
  await page.pickDate('from-date', fromDay);
  await page.pickDate('to-date', toDay);
  await page.click('apply-filters');
  await page.settle();
};

const lastSearch = () => page.searches().at(-1) ?? {};

beforeEach(() => {
  backend = startResolverBackend({ records: BOUNDARY_RECORDS });
});

afterEach(async () => {
  await page?.settle();
  backend.close();
});

describe('a date range in the admin zone', () => {
  it.each([
    // zone, From day, To day, from sent, to sent, records inside (newest first)
    [
      'Europe/Berlin',
      '2026-03-28',
      '2026-03-29', // 23-hour day: clocks go forward
      '2026-03-28T00:00:00.000+01:00',
      '2026-03-29T23:59:59.999+02:00',
      ['3', '2'],
    ],
    [
      'America/Los_Angeles',
      '2026-10-31',
      '2026-11-01', // 25-hour day: clocks go back
      '2026-10-31T00:00:00.000-07:00',
      '2026-11-01T23:59:59.999-08:00',
      ['7', '6'],
    ],
  ])(
    '%s %s to %s sends %s to %s and finds exactly the records inside',
    async (zone, fromDay, toDay, from, to, ids) => {
      await open(zone);
      await searchDays(fromDay, toDay);

      expect(lastSearch()).toEqual({
        from,
        to,
        limit: 50,
        offset: 0,
        authors: false,
        emptyLists: false,
      });
      const jira = backend.auditQueries().at(-1);
      expect([jira?.get('from'), jira?.get('to')]).toEqual([from, to]);
      expect(page.rowKeys('audit-table')).toEqual(ids);
    },
  );

  it('searches up to now when the To day is today', async () => {
    await open('America/Los_Angeles');
    const today = DateTime.now().setZone('America/Los_Angeles').toISODate()!;
    const before = Date.now();
    await searchDays('2026-10-31', today);
    const to = DateTime.fromISO(String(lastSearch().to), { setZone: true });
    expect(to.toMillis()).toBeGreaterThanOrEqual(before);
    expect(to.toMillis()).toBeLessThanOrEqual(Date.now());
    expect(lastSearch().from).toBe('2026-10-31T00:00:00.000-07:00');
  });
});

describe('a range that cannot be searched', () => {
  it('explains a To day before the From day and sends nothing', async () => {
    await open('Europe/Berlin');
    const sent = page.searches().length;
    await searchDays('2026-03-29', '2026-03-28');

    expect(page.searches()).toHaveLength(sent);
    expect(page.text('search-problems')).toContain('The To date is before the From date');
    expect(page.text('search-problems')).toContain('Nothing was searched');
    expect(page.find('to-date').props.isInvalid).toBe(true);
  });

  it('explains a day in the future and sends nothing', async () => {
    await open('Europe/Berlin');
    const sent = page.searches().length;
    const tomorrow = DateTime.now().setZone('Europe/Berlin').plus({ days: 1 }).toISODate()!;
    await page.pickDate('from-date', tomorrow);
    await page.click('apply-filters');
    await page.settle();

    expect(page.searches()).toHaveLength(sent);
    expect(page.text('search-problems')).toContain('The From date lies in the future');
    expect(page.find('from-date').props.maxDate).toBe(
      DateTime.now().setZone('Europe/Berlin').toISODate(),
    );
  });

  it('explains search text longer than Jira accepts and sends nothing', async () => {
    await open('UTC');
    const sent = page.searches().length;
    await page.type('filter-text', 'x'.repeat(201));
    await page.click('apply-filters');
    expect(page.searches()).toHaveLength(sent);
    expect(page.text('search-problems')).toContain('at most 200 characters');
  });

  it('clears the explanation once the admin edits the range and searches', async () => {
    await open('Europe/Berlin');
    await searchDays('2026-03-29', '2026-03-28');
    await page.pickDate('to-date', '2026-03-30');
    expect(page.has('search-problems')).toBe(false);
    await page.click('apply-filters');
    await page.settle();
    expect(lastSearch()).toMatchObject({ from: '2026-03-29T00:00:00.000+01:00' });
  });
});
