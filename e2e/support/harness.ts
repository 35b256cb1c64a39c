/**
 * Per test file: one Chromium, a fresh page per test, and the rule every test obeys — no unknown-node red box,
 * no console error, no page error.
 */
import type { Page, Request } from 'playwright-core';
import { launchBrowser, type BrowserSession, type WatchedPage } from './browser';

export const previewUrl = (): string => {
  const url = process.env.PREVIEW_URL;
  if (url === undefined)
    throw new Error('PREVIEW_URL is not set: run the e2e tests with jest.e2e.config.js.');
  return url;
};

/** A `getAuditPage` payload as the page sent it. */
export interface SentSearch {
  readonly filter?: string;
  readonly from?: string;
  readonly to?: string;
  readonly offset?: number;
  readonly limit?: number;
}

/** An `exportAudit` payload as the export dialog sent it. */
export interface SentExport {
  readonly from?: string;
  readonly to?: string;
  readonly text?: string;
  readonly cursor?: string;
  readonly object?: { readonly typeName: string; readonly id?: string; readonly name?: string };
}

export interface PreviewPages {
  /** Opens a path of the preview (e.g. `/?scenario=forbidden`) in a new page. */
  readonly open: (path?: string) => Promise<Page>;
  /** `getAuditPage` payloads the current page sent (the page's own, and its Frames'), oldest first. */
  readonly searches: () => readonly SentSearch[];
  /** `exportAudit` payloads the current page's export dialog sent, oldest first. */
  readonly exports: () => readonly SentExport[];
  /** Returns and forgets the problems seen so far, for a test that provokes them on purpose. */
  readonly takeProblems: () => string[];
  /** Lets the current test show unknown-node boxes (the test that proves they appear). */
  readonly allowUnknownNodes: () => void;
}

export const usePreviewPages = (): PreviewPages => {
  let browser: BrowserSession | undefined;
  let current: WatchedPage | undefined;
  let unknownAllowed = false;
  let searches: SentSearch[] = [];
  let exportCalls: SentExport[] = [];

  // The bridge's invoke reaches the preview server as POST /api/invoke: the payload is what the page asked for.
  const recordSearch = (request: Request) => {
    if (request.method() !== 'POST' || new URL(request.url()).pathname !== '/api/invoke') return;
    const body = request.postDataJSON() as {
      functionKey?: string;
      payload?: SentSearch & SentExport;
    };
    if (body.payload === undefined) return;
    if (body.functionKey === 'getAuditPage') searches.push(body.payload);
    if (body.functionKey === 'exportAudit') exportCalls.push(body.payload);
  };

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
      searches = [];
      exportCalls = [];
      current.page.on('request', recordSearch);
      await current.page.goto(new URL(path, previewUrl()).href);
      return current.page;
    },
    searches: () => searches,
    exports: () => exportCalls,
    takeProblems: () => (current === undefined ? [] : current.problems.splice(0)),
    allowUnknownNodes: () => {
      unknownAllowed = true;
    },
  };
};
