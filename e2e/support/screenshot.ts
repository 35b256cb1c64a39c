/** The README picture: the admin page as loaded, once rows, names and avatars are in. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { waitForResults } from './admin-page';

export const SCREENSHOT_FILE = path.resolve(__dirname, '..', '..', 'docs', 'screenshot.png');

export const captureAdminPage = async (page: Page, file = SCREENSHOT_FILE): Promise<string> => {
  await waitForResults(page);
  // The normal scenario's archive fills at start: the picture shows the page once it searches the archive.
  await page.locator('[data-testid="archive-status"]').waitFor({ timeout: 60_000 });
  await waitForResults(page);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid="preview-user"]')].every(
      (user) => (user.textContent ?? '').trim() !== '',
    ),
  );
  await page.waitForLoadState('networkidle');
  await mkdir(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: false });
  return file;
};
