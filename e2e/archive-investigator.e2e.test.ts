/**
 * The investigator's walk on the archive (the preview's normal scenario fills it with the real syncArchive):
 * everything one author changed in one week, everything that touched one scheme, and a saved search reopened.
 * Expectations are worked out here from the mock's records, never from the app's or the mock's own filters.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { byTestId, pickDate, rowIds, waitForResults, waitForRows } from './support/admin-page';
import { previewUrl, usePreviewPages } from './support/harness';
import { createdMillis, newestRecords, type MockRecord } from './support/preview-api';

const pages = usePreviewPages();
const DAY = 86_400_000;

interface Item {
  readonly id?: string;
  readonly name: string;
  readonly typeName: string;
}
type FullRecord = MockRecord & {
  readonly authorAccountId?: string;
  readonly objectItem?: Item;
  readonly associatedItems?: readonly Item[];
};

const allRecords = async () => (await newestRecords(previewUrl(), 10_000)) as FullRecord[];
const newestFirst = (records: readonly FullRecord[]) =>
  [...records].sort((a, b) => createdMillis(b.created) - createdMillis(a.created) || b.id - a.id);
const ids = (records: readonly FullRecord[]) => records.map((record) => record.id);
const matchText = (count: number) => new RegExp(`^${count.toLocaleString('en-US')} records? match`);

/** Runs `action` (which starts an archive search) and waits until its answer is on screen. */
const archiveSearch = async (page: Page, action: () => Promise<void>) => {
  const answered = page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === '/api/invoke' &&
      (response.request().postDataJSON() as { functionKey?: string }).functionKey === 'searchAudit',
  );
  await action();
  await answered;
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  await waitForResults(page);
};

/** The page once it searches the archive and the archive holds the whole log (the preview's sync may still run). */
const openOnFullArchive = async (): Promise<Page> => {
  for (let attempt = 0; ; attempt += 1) {
    const page = await pages.open('/');
    await byTestId(page, 'archive-status').waitFor({ timeout: 60_000 });
    await waitForResults(page);
    if ((await byTestId(page, 'archive-status').innerText()).startsWith('The archive holds'))
      return page;
    if (attempt === 20) throw new Error('The preview archive never held the whole log.');
    await page.waitForTimeout(3_000);
  }
};

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe("the investigator's walk on the archive", () => {
  test('everything one author changed in one week, saved, then reopened from the menu', async () => {
    const today = Date.parse(`${isoDay(Date.now())}T00:00:00.000Z`);
    const [fromDay, toDay] = [isoDay(today - 16 * DAY), isoDay(today - 10 * DAY)];
    const inWeek = newestFirst(
      (await allRecords()).filter((record) => {
        const at = createdMillis(record.created);
        return at >= today - 16 * DAY && at < today - 9 * DAY;
      }),
    );
    const page = await openOnFullArchive();
    await pickDate(page, 'from-date', fromDay);
    await pickDate(page, 'to-date', toDay);
    await archiveSearch(page, () => byTestId(page, 'apply-filters').click());
    await waitForRows(page, ids(inWeek.slice(0, 50)));
    expect(await byTestId(page, 'match-count').innerText()).toMatch(matchText(inWeek.length));

    const shown = new Set(await rowIds(page));
    const first = inWeek.find((record) => shown.has(record.id) && record.authorAccountId)!;
    const byAuthor = inWeek.filter((record) => record.authorAccountId === first.authorAccountId);
    await archiveSearch(page, () => byTestId(page, `filter-author-${first.id}`).click());
    await waitForRows(page, ids(byAuthor.slice(0, 50)));
    expect(await byTestId(page, 'match-count').innerText()).toMatch(matchText(byAuthor.length));

    const name = `Week of ${fromDay}`;
    await byTestId(page, 'saved-search-name').fill(name);
    await byTestId(page, 'save-search').click();
    await page.waitForFunction(
      (expected) =>
        document.querySelector('[data-testid="saved-search-message"]')?.textContent === expected,
      `Saved “${name}”.`,
    );

    const later = await openOnFullArchive();
    await byTestId(later, 'saved-searches-select--control').click();
    await archiveSearch(later, () => later.getByRole('option', { name, exact: true }).click());
    await waitForRows(later, ids(byAuthor.slice(0, 50)));
    expect(await byTestId(later, 'match-count').innerText()).toMatch(matchText(byAuthor.length));
  });

  test('everything that touched one scheme: its object type, a record’s details, then the object alone', async () => {
    const page = await openOnFullArchive();
    await byTestId(page, 'filter-object-types-select--control').click();
    await archiveSearch(page, () => page.getByRole('option', { name: /^SCHEME \(/ }).click());
    const records = await allRecords();
    const [firstId] = await rowIds(page);
    const scheme = records.find((record) => record.id === firstId)!.objectItem!;
    expect(scheme.typeName).toBe('SCHEME');

    await byTestId(page, `record-details-${firstId}`).click();
    await archiveSearch(page, () => byTestId(page, 'object-history').click());
    await archiveSearch(page, () =>
      page.getByRole('button', { name: 'Remove Object type: SCHEME' }).click(),
    );
    // Its objectItem or an associated item is that scheme, by id (the contract's object filter).
    const touched = newestFirst(
      records.filter((record) =>
        [record.objectItem, ...(record.associatedItems ?? [])].some(
          (item) => item?.typeName === 'SCHEME' && item.id === scheme.id,
        ),
      ),
    );
    await waitForRows(page, ids(touched.slice(0, 50)));
    expect(await byTestId(page, 'match-count').innerText()).toMatch(matchText(touched.length));

    // The export writes that search, the object filter included, read from the archive.
    await byTestId(page, 'export-open').click();
    const frame = page.frameLocator('[data-testid="preview-frame"][data-resource="export"]');
    expect(await frame.locator('[data-testid="export-search"]').innerText()).toContain(
      `object SCHEME ${scheme.id}`,
    );
    await frame.locator('[data-testid="export-format-json--radio-label"]').click();
    await frame.locator('[data-testid="export-start"]').click();
    await frame.locator('[data-testid="export-download"]').waitFor({ timeout: 60_000 });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      frame.locator('[data-testid="export-download"]').click(),
    ]);
    const exported = JSON.parse(await readFile(await file.path(), 'utf8')) as FullRecord[];
    const [first] = pages.exports();
    expect(first?.object).toEqual({ typeName: 'SCHEME', id: scheme.id });
    const pinned = Date.parse(first!.to!);
    expect(ids(exported)).toEqual(
      ids(touched.filter((record) => createdMillis(record.created) <= pinned)),
    );
  });
});
