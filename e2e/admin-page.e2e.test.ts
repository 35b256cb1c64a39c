/** The real admin page in the preview, driven like an admin would, checked against the mock Jira's data. */
import { readFile } from 'node:fs/promises';
import {
  byTestId,
  pickDate,
  rowIds,
  searchAndSettle,
  shownRange,
  waitForResults,
  waitForRows,
} from './support/admin-page';
import { previewUrl, usePreviewPages } from './support/harness';
import { createdMillis, newestRecords, recordsUpTo, type MockRecord } from './support/preview-api';
import { captureAdminPage, SCREENSHOT_FILE } from './support/screenshot';

const pages = usePreviewPages();

const DAY_MS = 86_400_000;
const isoDay = (millis: number) => new Date(millis).toISOString().slice(0, 10);
const ids = (records: readonly MockRecord[]) => records.map((record) => record.id);

// The live log: the normal site's Jira before the app's archive has filled (the normal scenario's page moves to it).
const openAdminPage = async () => {
  const page = await pages.open('/?scenario=fresh-install');
  await waitForResults(page);
  return page;
};

/** The upper bound the page pinned for its latest search: new records keep arriving after it (PREVIEW_TICK_MS). */
const pinnedTo = () => pages.searches().at(-1)?.to;

/** Waits until the mock holds a record written after `to`, so a test proves the page left it out. */
const waitForNewerRecord = async (to: string | undefined) => {
  const bound = Date.parse(String(to));
  for (let tries = 0; tries < 100; tries += 1) {
    const [newest] = await newestRecords(previewUrl(), 1);
    if (newest !== undefined && createdMillis(newest.created) > bound) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('No record arrived after the pinned bound: is PREVIEW_TICK_MS set?');
};

describe('the admin page in the preview', () => {
  test('opens on the newest 50 records up to the moment it searched, newest first', async () => {
    const page = await openAdminPage();

    await waitForRows(page, ids((await recordsUpTo(previewUrl(), pinnedTo())).slice(0, 50)));
    expect(await shownRange(page)).toBe('Records 1–50');
  });

  test('filters by text: every row mentions the text, and no record whose summary does is missing', async () => {
    const page = await openAdminPage();

    await byTestId(page, 'filter-text').fill('Group');
    await searchAndSettle(page, () => byTestId(page, 'apply-filters').click());
    expect(pages.searches().at(-1)).toMatchObject({ filter: 'Group', offset: 0, limit: 50 });

    const shown = await rowIds(page);
    const upTo = await recordsUpTo(previewUrl(), pinnedTo());
    const byId = new Map(upTo.map((record) => [record.id, record]));
    // Jira matches any case anywhere in the record's searchable fields; a summary that says "group" surely matches.
    expect(shown.map((id) => JSON.stringify(byId.get(id) ?? {}).toLowerCase())).toEqual(
      shown.map(() => expect.stringContaining('group')),
    );
    const oldestShown = createdMillis(byId.get(shown.at(-1)!)!.created);
    const summariesSayingGroup = upTo.filter(
      (record) => /group/i.test(record.summary) && createdMillis(record.created) >= oldestShown,
    );
    expect(summariesSayingGroup.length).toBeGreaterThan(5);
    expect(shown).toEqual(expect.arrayContaining(ids(summariesSayingGroup)));
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
  });

  test('filters by a date range picked in the calendars (days in UTC, both ends inclusive)', async () => {
    const now = Date.now();
    const from = isoDay(now - 10 * DAY_MS);
    const to = isoDay(now - 3 * DAY_MS);
    const lowest = Date.parse(`${from}T00:00:00.000Z`);
    const highest = Date.parse(`${to}T23:59:59.999Z`);
    const all = await newestRecords(previewUrl(), 10_000);
    const inRange = all.filter((record) => {
      const created = createdMillis(record.created);
      return created >= lowest && created <= highest;
    });
    const page = await openAdminPage();

    await pickDate(page, 'from-date', from);
    await pickDate(page, 'to-date', to);
    await byTestId(page, 'apply-filters').click();

    await waitForRows(page, ids(inRange.slice(0, 50)));
    expect(await byTestId(page, 'search-window').innerText()).toMatch(/^Showing records from /);
  });

  test('a quick range searches the last 24 hours up to the moment it was pressed', async () => {
    const page = await openAdminPage();

    await searchAndSettle(page, () => byTestId(page, 'quick-range-last-24-hours').click());

    const { from, to } = pages.searches().at(-1) ?? {};
    expect(Date.parse(String(to)) - Date.parse(String(from))).toBe(DAY_MS);
    const within = (await recordsUpTo(previewUrl(), to)).filter(
      (record) => createdMillis(record.created) >= Date.parse(String(from)),
    );
    expect(within.length).toBeGreaterThan(0);
    await waitForRows(page, ids(within.slice(0, 50)));
    expect(await byTestId(page, 'search-window').innerText()).toMatch(/^Showing records from /);
  });

  test('pages forward and back over the same pinned search while new records arrive', async () => {
    const page = await openAdminPage();
    const to = pinnedTo();
    const upTo = await recordsUpTo(previewUrl(), to);
    await waitForRows(page, ids(upTo.slice(0, 50)));
    await waitForNewerRecord(to);

    await byTestId(page, 'next-page').click();
    await waitForRows(page, ids(upTo.slice(50, 100)));
    expect(await shownRange(page)).toBe('Records 51–100');

    await byTestId(page, 'prev-page').click();
    await waitForRows(page, ids(upTo.slice(0, 50)));
    expect(await shownRange(page)).toBe('Records 1–50');
    expect(new Set(pages.searches().map((search) => search.to))).toEqual(new Set([to]));
  });

  test('changing the page size shows that many records', async () => {
    const page = await openAdminPage();

    await byTestId(page, 'page-size-select--control').click();
    await page.getByRole('option', { name: '25', exact: true }).click();

    await waitForRows(page, ids((await recordsUpTo(previewUrl(), pinnedTo())).slice(0, 25)));
    expect(await shownRange(page)).toBe('Records 1–25');
  });

  test("opens a record's details and closes them", async () => {
    const page = await openAdminPage();
    const [newest] = await recordsUpTo(previewUrl(), pinnedTo(), 100);
    if (newest === undefined) throw new Error('The mock holds no records.');

    await byTestId(page, `record-details-${newest.id}`).click();
    const details = byTestId(page, 'record-details');
    await details.waitFor();
    expect(await details.innerText()).toContain(newest.summary);
    expect(await byTestId(page, 'raw-record').innerText()).toContain(`"id": ${newest.id}`);

    await byTestId(page, 'close-details').click();
    await details.waitFor({ state: 'detached' });
  });

  test("the admin's time zone comes from the Forge context (?tz=)", async () => {
    const page = await pages.open('/?tz=America/Los_Angeles');
    await waitForResults(page);

    expect(await page.locator('[data-testid="audit-table--head"]').innerText()).toContain(
      'When (America/Los_Angeles)',
    );
    await page
      .getByText('Days run from midnight to midnight in your time zone (America/Los_Angeles).')
      .waitFor();
  });

  test('the loaded page is captured to docs/screenshot.png for the README', async () => {
    const page = await pages.open('/');

    await captureAdminPage(page);

    const png = await readFile(SCREENSHOT_FILE);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(50_000);
  });
});
