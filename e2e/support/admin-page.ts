/** Page object of the admin page in the preview: rows by record id, the filter bar, paging, the date pickers. */
import type { Page } from 'playwright-core';

const ROW = '[data-testid^="audit-table--row-"]';
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const byTestId = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]`);

/** Record ids of the table's rows, top to bottom (ADS puts the row key into the row's test id). */
export const rowIds = async (page: Page): Promise<number[]> =>
  page.$$eval(ROW, (rows) =>
    rows.map((row) => Number(row.getAttribute('data-testid')?.replace('audit-table--row-', ''))),
  );

export const shownRange = (page: Page) => byTestId(page, 'shown-range').innerText();

/** Waits until a search has settled: the range text no longer says it is loading. */
export const waitForResults = async (page: Page): Promise<void> => {
  await page.waitForFunction(() => {
    const range = document.querySelector('[data-testid="shown-range"]')?.textContent ?? '';
    const error = document.querySelector('[data-testid="search-error"]');
    const empty = document.querySelector('[data-testid="empty-result"]');
    return error !== null || empty !== null || (range !== '' && !range.startsWith('Loading'));
  });
};

/** Runs `action` (which starts a search) and waits until its answer is on screen. */
export const searchAndSettle = async (page: Page, action: () => Promise<void>): Promise<void> => {
  const answered = page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === '/api/invoke' &&
      (response.request().postDataJSON() as { functionKey?: string }).functionKey ===
        'getAuditPage',
  );
  await action();
  await answered;
  // The answer renders in the page's next tasks; then the range text tells whether it has settled.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  await waitForResults(page);
};

/** Waits until the rows are exactly `ids` (the page re-renders after each answer). */
export const waitForRows = async (page: Page, ids: readonly number[]): Promise<void> => {
  await page
    .waitForFunction(
      (expected) =>
        JSON.stringify(
          [...document.querySelectorAll('[data-testid^="audit-table--row-"]')].map((row) =>
            Number(row.getAttribute('data-testid')?.replace('audit-table--row-', '')),
          ),
        ) === expected,
      JSON.stringify(ids),
      { timeout: 20_000 },
    )
    .catch(async () => {
      throw new Error(
        `Rows never became ${JSON.stringify(ids.slice(0, 5))}…; they are ${JSON.stringify((await rowIds(page)).slice(0, 5))}…`,
      );
    });
};

/** Picks `isoDay` (YYYY-MM-DD) in a DatePicker by opening its calendar, paging months, clicking the day. */
export const pickDate = async (page: Page, testId: string, isoDay: string): Promise<void> => {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  const heading = `${MONTHS[month - 1]} ${year}`;
  await byTestId(page, `${testId}--container`).click();
  const current = byTestId(page, `${testId}--calendar--current-month-year`);
  await current.waitFor();
  for (let step = 0; step < 24 && (await current.innerText()) !== heading; step += 1) {
    await byTestId(page, `${testId}--calendar--previous-month`).click();
  }
  await page
    .locator(`[data-testid="${testId}--calendar--day"]:not([data-sibling])`)
    .getByText(String(day), { exact: true })
    .click();
};
