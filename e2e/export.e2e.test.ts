/** The export modal in the preview: a real download whose records are the mock Jira's records for the range. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Download, Page } from 'playwright-core';
import type { AuditRecord } from '../src/contract';
import { byTestId, pickDate, waitForResults } from './support/admin-page';
import { previewUrl, usePreviewPages } from './support/harness';
import { createdMillis, newestRecords, type MockRecord } from './support/preview-api';
import { PROJECT_DIR } from './support/preview-server';

const pages = usePreviewPages();

const DAY_MS = 86_400_000;
const isoDay = (millis: number) => new Date(millis).toISOString().slice(0, 10);

beforeAll(() => {
  // The preview serves the modal from its build output, as Forge does.
  if (!existsSync(path.join(PROJECT_DIR, 'static/export/build/index.html'))) {
    execFileSync('npm', ['run', 'build:static'], { cwd: PROJECT_DIR, stdio: 'inherit' });
  }
}, 120_000);

/** The admin page searching whole UTC days [from, to], and the mock's records in that range, newest first. */
const searchRange = async (fromDay: string, toDay: string) => {
  const newest = await newestRecords(previewUrl(), 3000);
  const start = Date.parse(`${fromDay}T00:00:00.000Z`);
  const end = Date.parse(`${toDay}T23:59:59.999Z`);
  // The newest 3,000 (new ones keep arriving) must reach back past the range, or the expectation would be incomplete.
  expect(createdMillis(newest.at(-1)!.created)).toBeLessThan(start);
  const expected = newest.filter(
    (record) => createdMillis(record.created) >= start && createdMillis(record.created) <= end,
  );
  expect(expected.length).toBeGreaterThan(50);

  const page = await pages.open('/');
  await waitForResults(page);
  await pickDate(page, 'from-date', fromDay);
  await pickDate(page, 'to-date', toDay);
  await byTestId(page, 'apply-filters').click();
  await waitForResults(page);
  return { page, expected };
};

/** The export dialog: a UI Kit Modal on the page whose body is the export resource in a Frame. */
const exportFrame = (page: Page) =>
  page.frameLocator('[data-testid="preview-frame"][data-resource="export"]');

const download = async (page: Page): Promise<{ file: Download; text: string }> => {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    exportFrame(page).locator('[data-testid="export-download"]').click(),
  ]);
  const filePath = await file.path();
  return { file, text: await readFile(filePath, 'utf8') };
};

const fields = (record: Pick<MockRecord, 'id' | 'summary' | 'created'>) => ({
  id: record.id,
  summary: record.summary,
  created: record.created,
});

describe('exporting the filtered log through the dialog’s Frame', () => {
  test('downloads a CSV and a JSON file holding exactly the records of the range', async () => {
    const now = Date.now();
    const fromDay = isoDay(now - 6 * DAY_MS);
    const toDay = isoDay(now - 2 * DAY_MS);
    const { page, expected } = await searchRange(fromDay, toDay);

    await byTestId(page, 'export-open').click();
    await byTestId(page, 'export-dialog').waitFor();
    const frame = exportFrame(page);
    // The Frame got the page's search over events: the same days, in the admin's zone.
    expect(await frame.locator('[data-testid="export-search"]').innerText()).toContain(
      `${Number(fromDay.slice(8))} `,
    );
    await frame.locator('[data-testid="export-start"]').click();
    await frame.locator('[data-testid="export-download"]').waitFor({ timeout: 60_000 });
    expect(await frame.locator('[data-testid="export-status"]').innerText()).toContain(
      `Wrote ${expected.length.toLocaleString('en-US')} records; every id is unique and none was skipped.`,
    );

    const csvName = `audit-log_preview-site.atlassian.net_${fromDay}_to_${toDay}.csv`;
    expect(await frame.locator('[data-testid="export-download"]').innerText()).toBe('Download CSV');
    expect(await frame.locator('[data-testid="export-file-name"]').innerText()).toBe(csvName);
    const csv = await download(page);
    // preview/server.ts serves site https://preview-site.atlassian.net; days are UTC (PREVIEW_TZ=UTC).
    expect(csv.file.suggestedFilename()).toBe(csvName);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parse(csv.text, { bom: true }) as string[][];
    expect(header?.slice(0, 4)).toEqual([
      'ID',
      'Created (UTC)',
      'Created (UTC, ISO 8601)',
      'Category',
    ]);
    expect(rows.map((row) => Number(row[0]))).toEqual(expected.map((record) => record.id));
    expect(rows.map((row) => row[2])).toEqual(
      expected.map((record) => new Date(createdMillis(record.created)).toISOString()),
    );

    // The file is written while pages arrive, so JSON is another export.
    await frame.locator('[data-testid="export-format-json--radio-label"]').click();
    expect(await frame.locator('[data-testid="export-download"]').count()).toBe(0);
    await frame.locator('[data-testid="export-start"]').click();
    await frame.locator('[data-testid="export-download"]').waitFor({ timeout: 60_000 });
    expect(await frame.locator('[data-testid="export-download"]').innerText()).toBe(
      'Download JSON',
    );
    const json = await download(page);
    expect(json.file.suggestedFilename()).toMatch(new RegExp(`_${fromDay}_to_${toDay}\\.json$`));
    const records = JSON.parse(json.text) as AuditRecord[];
    expect(records.map(fields)).toEqual(expected.map(fields));

    await byTestId(page, 'export-close').click();
    await byTestId(page, 'export-dialog').waitFor({ state: 'detached' });
    // The Frame asked the resolver itself, for the table's search (the picked UTC days, PREVIEW_TZ=UTC): the
    // preview's archive holds the range, so it read exportAudit (a first page per file, then its cursors) and no
    // getAuditPage page of 999.
    const exported = pages.exports();
    expect(exported.filter((search) => search.cursor === undefined)).toHaveLength(2);
    for (const search of exported)
      expect(search).toEqual({
        from: `${fromDay}T00:00:00.000Z`,
        to: `${toDay}T23:59:59.999Z`,
        ...(search.cursor === undefined ? {} : { cursor: search.cursor }),
      });
    expect(pages.searches().filter((search) => search.limit === 999)).toEqual([]);
  });
});

describe('what the dialog offers when an export stops or the admin closes it', () => {
  /** The dialog open on the page's opening search, in a scenario of the mock Jira. */
  const openDialog = async (scenario: string) => {
    const page = await pages.open(`/?scenario=${scenario}`);
    await waitForResults(page);
    await byTestId(page, 'export-open').click();
    const frame = exportFrame(page);
    await frame.locator('[data-testid="export-start"]').click();
    return { page, frame };
  };

  test('closing while an export runs asks "Stop the export?" first', async () => {
    const { page, frame } = await openDialog('slow');
    await frame.locator('[data-testid="export-cancel"]').waitFor();

    await byTestId(page, 'export-close').click();
    expect(await byTestId(page, 'export-stop-question').innerText()).toContain('Stop the export?');
    await byTestId(page, 'export-keep').click();
    await byTestId(page, 'export-stop-question').waitFor({ state: 'detached' });
    await frame.locator('[data-testid="export-cancel"]').waitFor(); // still exporting

    await byTestId(page, 'export-close').click();
    await byTestId(page, 'export-stop').click();
    await byTestId(page, 'export-dialog').waitFor({ state: 'detached' });
  });

  test('a refused export (403) offers no Resume and says why', async () => {
    // The page showed its first page, then Jira took Administer Jira away (with 'forbidden' Export is never enabled).
    const { frame } = await openDialog('revoked');

    const status = frame.locator('[data-testid="export-status"]');
    await status.getByText('The export cannot continue').waitFor({ timeout: 30_000 });
    expect(await status.innerText()).toContain('Administer Jira');
    expect(await status.innerText()).toContain('Resuming would get the same answer');
    expect(await frame.locator('[data-testid="export-resume"]').count()).toBe(0);
  });

  test('an export stopped by a retryable failure (429) can be resumed', async () => {
    const { frame } = await openDialog('rate-limited');

    const status = frame.locator('[data-testid="export-status"]');
    await status.getByText('The export stopped').waitFor({ timeout: 90_000 });
    expect(await status.innerText()).toContain('Resume continues where it stopped.');
    await frame.locator('[data-testid="export-resume"]').waitFor();
  });
});
