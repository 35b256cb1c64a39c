/** Debian's Chromium through playwright-core (no browser download), collecting every console error and page error. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  readonly context: BrowserContext;
  readonly newPage: () => Promise<WatchedPage>;
  readonly close: () => Promise<void>;
}

export interface WatchedPage {
  readonly page: Page;
  /** Console errors and uncaught page errors seen so far. */
  readonly problems: string[];
}

/**
 * Development-mode warnings raised inside third-party Atlaskit dependencies, not by the app or the host; each must
 * name the component it comes from, so an app warning of the same kind still fails the tests.
 */
export const THIRD_PARTY_WARNINGS: readonly RegExp[] = [
  // react-focus-lock (used by @atlaskit/modal-dialog) still declares defaultProps on LockToggle; React 18.3 warns.
  /^Warning: %s: Support for defaultProps will be removed from function components[^]*\bLockToggle\d*\b/,
];

export const watchPage = (page: Page): WatchedPage => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (THIRD_PARTY_WARNINGS.some((pattern) => pattern.test(text))) return;
    problems.push(`console.error: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, problems };
};

/** A fresh profile per session, so no state leaks between runs. */
export const launchBrowser = async (): Promise<BrowserSession> => {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'preview-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 1000 },
    locale: 'en-US',
    // The preview serves the admin's zone as UTC in tests; the date pickers' "today" should agree.
    timezoneId: 'UTC',
  });
  return {
    context,
    newPage: async () => watchPage(await context.newPage()),
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
};
