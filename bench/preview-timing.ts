/**
 * The preview page in Chromium: time from navigation to the first table rows of the admin page, against a blank
 * UI Kit page (bench/fixtures/hello-world) served by the same preview host, alternating loads.
 */
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser';
import { previewOptionsFrom, startPreview, type RunningPreview } from '../preview/server';
import { REPO_ROOT } from '../scripts/forge-checks/app-directory';
import { median } from './support/measure';
import { ms, ratio, runStandalone, type BenchSection } from './support/report';

const HELLO_WORLD = path.join(__dirname, 'fixtures', 'hello-world');

/**
 * The preview builds its host from `<projectDir>/preview`, so the hello-world app gets a git-ignored copy
 * beside a link to the real host (a link committed inside bench/ would make linters walk the host twice).
 */
const helloWorldProject = (): { dir: string; dispose: () => void } => {
  const dir = path.join(REPO_ROOT, '.tmp', 'bench-hello-world');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(HELLO_WORLD, dir, { recursive: true });
  symlinkSync(path.join(REPO_ROOT, 'preview'), path.join(dir, 'preview'));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
};
const LOADS = 9;
const GOAL = 1.5;

const start = (projectDir: string): Promise<RunningPreview> =>
  startPreview({
    ...previewOptionsFrom(['--port', '0', '--no-watch'], {
      ...process.env,
      PREVIEW_TICK_MS: '0',
      PREVIEW_TZ: 'UTC',
      NODE_ENV: 'production',
    }),
    projectDir,
    log: () => undefined,
  });

/** ms from navigation start until `selector` is in the DOM, read from the page's own clock. */
const timeToSelector = async (page: Page, url: string, selector: string): Promise<number> => {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    (wanted) => (document.querySelector(wanted) ? performance.now() : false),
    selector,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
};

export const run = async (): Promise<BenchSection> => {
  const helloProject = helloWorldProject();
  const app = await start(REPO_ROOT);
  const hello = await start(helloProject.dir);
  const browser = await launchBrowser();
  try {
    const targets = [
      { name: 'app', url: app.url, selector: '[data-testid^="audit-table--row-"]' },
      { name: 'hello', url: hello.url, selector: '' },
    ];
    const samples = new Map(targets.map((target) => [target.name, [] as number[]]));
    for (let load = -1; load < LOADS; load += 1) {
      for (const target of load % 2 === 0 ? targets : [...targets].reverse()) {
        const { page } = await browser.newPage();
        const helloText = target.name === 'hello';
        const elapsed = helloText
          ? await timeToText(page, target.url, 'Hello world')
          : await timeToSelector(page, target.url, target.selector);
        await page.close();
        if (load >= 0) samples.get(target.name)!.push(elapsed); // the first round warms caches
      }
    }
    const appMs = median(samples.get('app')!);
    const helloMs = median(samples.get('hello')!);
    return {
      title: 'Preview page in Chromium',
      rows: [
        {
          benchmark:
            'navigation → first table row (admin page, 50 rows from the mock via the real resolver)',
          measured: ms(appMs),
          baseline: `${ms(helloMs)} blank UI Kit page showing "Hello world"`,
          ratio: ratio(appMs, helloMs),
          goal: `≤ ${GOAL}×`,
          met: appMs / helloMs <= GOAL,
        },
      ],
      notes: [
        `Median of ${LOADS} loads each, alternating, after one warm-up load; Debian Chromium headless through playwright-core (e2e/support/browser.ts), both apps served by the local preview (preview/server.ts, production build of the host) on this machine. The admin page's time includes its getAuditPage call through the real resolver against the preview's mock Jira.`,
        `app loads: ${samples
          .get('app')!
          .map((value) => Math.round(value))
          .join(', ')} ms; hello world: ${samples
          .get('hello')!
          .map((value) => Math.round(value))
          .join(', ')} ms`,
      ],
    };
  } finally {
    await browser.close();
    await app.close();
    await hello.close();
    helloProject.dispose();
  }
};

/** ms from navigation start until `text` is shown. */
const timeToText = async (page: Page, url: string, text: string): Promise<number> => {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    (wanted) => ((document.body?.innerText ?? '').includes(wanted) ? performance.now() : false),
    text,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
};

runStandalone(module, run);
