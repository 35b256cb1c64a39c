/**
 * An investigator's walk on the live log (the normal site's Jira before the archive has filled), by mouse and by
 * keyboard only, checked against the mock Jira's data.
 */
import type { Page } from 'playwright-core';
import { byTestId, rowIds, searchAndSettle, waitForResults } from './support/admin-page';
import { previewUrl, usePreviewPages } from './support/harness';
import { recordsUpTo, type MockRecord } from './support/preview-api';

const pages = usePreviewPages();

interface Item {
  readonly name: string;
  readonly typeName: string;
}
/** What the preview serves beyond MockRecord's three fields. */
type FullRecord = MockRecord & {
  readonly category: string;
  readonly eventSource: string;
  readonly remoteAddress?: string;
  readonly objectItem?: Item & { readonly parentName?: string };
  readonly changedValues?: readonly { changedFrom?: string; changedTo?: string }[];
};

const openAdminPage = async () => {
  const page = await pages.open('/?scenario=fresh-install');
  await waitForResults(page);
  return page;
};

const shownRecords = async (page: Page): Promise<FullRecord[]> => {
  const upTo = (await recordsUpTo(previewUrl(), pages.searches().at(-1)?.to)) as FullRecord[];
  const byId = new Map(upTo.map((record) => [record.id, record]));
  return (await rowIds(page)).map((id) => byId.get(id)!);
};

/**
 * Jira's filter fields of a record (docs/jira-audit-api.md), lower-cased, one per line: where every term must appear.
 * Plain text, not JSON, so a name holding quotes or backslashes reads as Jira matches it.
 */
const searchable = (record: FullRecord) =>
  [
    record.summary,
    record.category,
    record.eventSource,
    record.objectItem?.name,
    record.objectItem?.parentName,
    record.objectItem?.typeName,
    ...(record.changedValues ?? []).flatMap((change) => [change.changedFrom, change.changedTo]),
    record.remoteAddress,
  ]
    .filter((field): field is string => field !== undefined)
    .join('\n')
    .toLowerCase();

describe("the investigator's walk", () => {
  test('from a row to everything from its address, then everything that touched one permission scheme', async () => {
    const page = await openAdminPage();
    const [withAddress] = (await shownRecords(page)).filter((record) => record.remoteAddress);
    await searchAndSettle(page, () => byTestId(page, `filter-ip-${withAddress!.id}`).click());
    expect(pages.searches().at(-1)).toMatchObject({ filter: withAddress!.remoteAddress });
    for (const record of await shownRecords(page))
      expect(searchable(record)).toContain(withAddress!.remoteAddress!.toLowerCase());

    await searchAndSettle(page, () => byTestId(page, 'reset-filters').click());
    await searchAndSettle(page, () => byTestId(page, 'quick-range-last-90-days').click());
    const scheme = (await shownRecords(page)).find((record) =>
      /SCHEME/.test(record.objectItem?.typeName ?? ''),
    );
    expect(scheme).toBeDefined();
    await byTestId(page, `record-details-${scheme!.id}`).click();
    await searchAndSettle(page, () => byTestId(page, 'object-history').click());
    expect(await byTestId(page, 'record-details').count()).toBe(0);
    const shown = await shownRecords(page);
    expect(shown.map((record) => record.id)).toContain(scheme!.id);
    for (const record of shown)
      for (const term of scheme!.objectItem!.name.toLowerCase().split(/\s+/))
        expect(searchable(record)).toContain(term);
  });

  test('by keyboard only: search, page, open and close a record, with two stops per date picker', async () => {
    const page = await openAdminPage();
    await byTestId(page, 'filter-text').focus();
    // From the search text to Apply: each picker is its field and its calendar button, then the quick ranges.
    const stops: string[] = [];
    for (let step = 0; step < 12; step += 1) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return (
          element?.closest('[data-testid]')?.getAttribute('data-testid') ??
          element?.getAttribute('aria-label') ??
          element?.textContent ??
          ''
        );
      });
      stops.push(name);
      if (name === 'apply-filters') break;
    }
    expect(stops.at(-1)).toBe('apply-filters');
    expect(stops.length).toBeLessThanOrEqual(9); // 2 + 2 date-picker stops, 4 quick ranges, Apply

    await byTestId(page, 'filter-text').focus();
    await page.keyboard.type('user');
    await searchAndSettle(page, () => page.keyboard.press('Enter'));
    expect(pages.searches().at(-1)).toMatchObject({ filter: 'user', offset: 0 });

    await byTestId(page, 'next-page').focus();
    await searchAndSettle(page, () => page.keyboard.press('Enter'));
    expect(pages.searches().at(-1)).toMatchObject({ filter: 'user', offset: 50 });
    // Paging from below brings focus (and the view) back to the controls above the table.
    await page.waitForFunction(() =>
      document.activeElement?.closest('[data-testid="next-page-top"]'),
    );

    const [first] = await rowIds(page);
    await byTestId(page, `record-details-${first}`).focus();
    await page.keyboard.press('Enter');
    await byTestId(page, 'record-details').waitFor();
    await page.keyboard.press('Escape');
    await byTestId(page, 'record-details').waitFor({ state: 'detached' });
  });
});
