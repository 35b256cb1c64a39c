/**
 * Per test file: one Chromium, a fresh page per test, and the rule every test obeys — no unknown-node red box,
 * no console error, no page error.
 */
import type { Page } from 'playwright-core';
import { launchBrowser, type BrowserSession, type WatchedPage } from './browser';

export const previewUrl = (): string => {
  const url = process.env.PREVIEW_URL;
  if (url === undefined)
    throw new Error('PREVIEW_URL is not set: run the e2e tests with jest.e2e.config.js.');
  return url;
};

export interface PreviewPages {
  /** Opens a path of the preview (e.g. `/?scenario=forbidden`) in a new page. */
  readonly open: (path?: string) => Promise<Page>;
  /** Returns and forgets the problems seen so far, for a test that provokes them on purpose. */
  readonly takeProblems: () => string[];
  /** Lets the current test show unknown-node boxes (the test that proves they appear). */
  readonly allowUnknownNodes: () => void;
}

export const usePreviewPages = (): PreviewPages => {
  let browser: BrowserSession | undefined;
  let current: WatchedPage | undefined;
  let unknownAllowed = false;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    const watched = current;
    current = undefined;
    const allowed = unknownAllowed;
    unknownAllowed = false;
    if (watched === undefined) return;
    const unknownNodes = allowed
      ? 0
      : await watched.page.locator('[data-testid="preview-unknown-node"]').count();
    await watched.page.close();
    expect({ unknownNodes, problems: watched.problems }).toEqual({ unknownNodes: 0, problems: [] });
  });

  return {
    open: async (path = '/') => {
      if (browser === undefined) throw new Error('The browser is not running.');
      current = await browser.newPage();
      await current.page.goto(new URL(path, previewUrl()).href);
      return current.page;
    },
    takeProblems: () => (current === undefined ? [] : current.problems.splice(0)),
    allowUnknownNodes: () => {
      unknownAllowed = true;
    },
  };
};
