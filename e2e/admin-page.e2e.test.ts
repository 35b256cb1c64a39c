/** The real admin page in the preview, driven like an admin would, checked against the mock Jira's data. */
import { readFile } from 'node:fs/promises';
import {
  byTestId,
  pickDate,
  rowIds,
  shownRange,
  waitForResults,
  waitForRows,
} from './support/admin-page';
import { previewUrl, usePreviewPages } from './support/harness';
import {
  createdMillis,
  invokeGetAuditPage,
  newestRecords,
  type MockRecord,
} from './support/preview-api';
import { captureAdminPage, SCREENSHOT_FILE } from './support/screenshot';

const pages = usePreviewPages();

const DAY_MS = 86_400_000;
const isoDay = (millis: number) => new Date(millis).toISOString().slice(0, 10);
const ids = (records: readonly MockRecord[]) => records.map((record) => record.id);

const openAdminPage = async () => {
  const page = await pages.open('/');
  await waitForResults(page);
  return page;
};

describe('the admin page in the preview', () => {
  test('opens on the newest 50 records, newest first', async () => {
    const newest = await newestRecords(previewUrl(), 50);
    const page = await openAdminPage();

    await waitForRows(page, ids(newest));
    expect(await shownRange(page)).toBe('Records 1–50');
  });

  test('filters by text: the rows are what the resolver returns for that text', async () => {
    const expected = await invokeGetAuditPage(previewUrl(), { filter: 'group', limit: 50 });
    if (!expected.ok) throw new Error(`The resolver failed: ${expected.error.message}`);
    const newest = await newestRecords(previewUrl(), 50);
    expect(ids(expected.records)).not.toEqual(ids(newest));
    const page = await openAdminPage();

    await byTestId(page, 'filter-text').fill('group');
    await byTestId(page, 'apply-filters').click();

    await waitForRows(
      page,
      expected.records.map((record) => record.id),
    );
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

  test('a quick range searches the last 24 hours up to now', async () => {
    const all = await newestRecords(previewUrl(), 10_000);
    const within = (start: number) =>
      ids(all.filter((record) => createdMillis(record.created) >= start).slice(0, 50));
    const page = await openAdminPage();

    const before = Date.now();
    await byTestId(page, 'quick-range-last-24-hours').click();
    await waitForResults(page);
    const after = Date.now();

    // The page takes "now" when the button is pressed; either bound gives the same rows unless a record sits on it.
    const shown = await rowIds(page);
    expect([within(before - DAY_MS), within(after - DAY_MS)]).toContainEqual(shown);
    expect(shown.length).toBeGreaterThan(0);
    expect(await byTestId(page, 'search-window').innerText()).toMatch(/^Showing records from /);
  });

  test('pages forward and back over the same pinned search', async () => {
    const newest = await newestRecords(previewUrl(), 100);
    const page = await openAdminPage();
    await waitForRows(page, ids(newest.slice(0, 50)));

    await byTestId(page, 'next-page').click();
    await waitForRows(page, ids(newest.slice(50, 100)));
    expect(await shownRange(page)).toBe('Records 51–100');

    await byTestId(page, 'prev-page').click();
    await waitForRows(page, ids(newest.slice(0, 50)));
    expect(await shownRange(page)).toBe('Records 1–50');
  });

  test('changing the page size shows that many records', async () => {
    const newest = await newestRecords(previewUrl(), 25);
    const page = await openAdminPage();

    await byTestId(page, 'page-size-select--control').click();
    await page.getByRole('option', { name: '25', exact: true }).click();

    await waitForRows(page, ids(newest));
    expect(await shownRange(page)).toBe('Records 1–25');
  });

  test("opens a record's details and closes them", async () => {
    const [newest] = await newestRecords(previewUrl(), 1);
    if (newest === undefined) throw new Error('The mock holds no records.');
    const page = await openAdminPage();

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
    const page = await openAdminPage();

    await captureAdminPage(page);

    const png = await readFile(SCREENSHOT_FILE);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(50_000);
  });
});
