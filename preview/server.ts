/** Local preview of the real admin page against a mock Jira: `npm start`, or `tsx preview/server.ts --port 0`. */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { forgeContext, type PreviewConfig } from './host/preview-config';
import { buildBundle } from './server/bundle';
import { ensureCustomUiBuilt } from './server/custom-ui-build';
import type { ForgeHandler } from './server/invoke-resolver';
import {
  createMockBackend,
  DEFAULT_MOCK_OPTIONS,
  isScenario,
  SCENARIOS,
  type MockBackendOptions,
  type Scenario,
} from './server/mock-backend';
import type { ConsumerFunction } from '../src/testing/forge-host/async-events';
import type { ForgeFetch } from '../src/testing/forge-host/forge-fetch';
import {
  startPreviewArchive,
  startPreviewEvents,
  type ScheduledEntry,
} from './server/preview-archive';
import { readProjectApp } from './server/project-manifest';
import { route } from './server/routes';

export interface PreviewOptions {
  readonly projectDir: string;
  readonly port: number;
  readonly host: string;
  readonly scenario: Scenario;
  readonly timezone: string;
  readonly locale: string;
  readonly watch: boolean;
  readonly development: boolean;
  readonly mock: MockBackendOptions;
  /** How often the preview runs the app's scheduled sync (Forge: every five minutes); 0 runs it once. */
  readonly syncEveryMs: number;
  readonly log: (line: string) => void;
}

export interface RunningPreview {
  readonly url: string;
  readonly close: () => Promise<void>;
}

/** The Custom UI fixture the gallery opens, beside the manifest's own resources. */
const FIXTURE_FRAME = { key: 'preview-fixture-frame', path: 'preview/fixtures/custom-ui' };

/** Addresses printed as `localhost`, the name people type. */
const LOOPBACK_NAMES = new Set(['127.0.0.1', '0.0.0.0', '::1', '::']);

const loadEntry = async <T>(file: string, exportName: string): Promise<T> => {
  if (!existsSync(file)) throw new Error(`The function entry ${file} does not exist yet.`);
  const loaded = (await import(pathToFileURL(file).href)) as Record<string, unknown> & {
    default?: Record<string, unknown>;
  };
  const entry = loaded[exportName] ?? loaded.default?.[exportName];
  if (typeof entry !== 'function')
    throw new Error(`${file} does not export a function "${exportName}".`);
  return entry as T;
};

export const startPreview = async (options: PreviewOptions): Promise<RunningPreview> => {
  const app = readProjectApp(options.projectDir);
  const uiEntryExists = existsSync(app.uiEntry);
  if (!uiEntryExists)
    options.log(`preview: ${app.uiEntry} is missing; showing the component gallery instead.`);
  const config: PreviewConfig = {
    appTitle: app.appTitle,
    moduleKey: app.moduleKey,
    siteUrl: 'https://preview-site.atlassian.net',
    cloudId: 'c0ffee00-0000-4000-8000-000000000001',
    accountId: '5b10a2844c20165700ede21g',
    timezone: options.timezone,
    locale: options.locale,
    scenario: options.scenario,
    scenarios: SCENARIOS,
    resources: [...app.resources, FIXTURE_FRAME],
  };
  await ensureCustomUiBuilt(
    options.projectDir,
    app.resources.map((resource) => resource.path),
    options.log,
  );
  const bundle = await buildBundle({
    projectDir: options.projectDir,
    appEntry: uiEntryExists
      ? app.uiEntry
      : path.join(options.projectDir, 'preview/fixtures/gallery-app.tsx'),
    development: options.development,
    watch: options.watch,
    log: options.log,
  });
  const archive = await startPreviewArchive(options.log);
  const consumers = await Promise.all(
    app.consumers.map(async (consumer) => ({
      queue: consumer.queue,
      name: consumer.exportName,
      fn: await loadEntry<ConsumerFunction>(consumer.file, consumer.exportName),
    })),
  );
  // The backend routes pushes to the queue, whose consumers run in the backend's normal scenario: each needs the other.
  const pushes: ForgeFetch = (target, forgePath, init) => events.fetch(target, forgePath, init);
  const backend = createMockBackend(options.mock, archive.sqlFor, pushes);
  const events = startPreviewEvents(consumers, backend.withScenario, options.log);
  for (const trigger of app.scheduled) {
    archive.startSync({
      sync: await loadEntry<ScheduledEntry>(trigger.file, trigger.exportName),
      moduleKey: trigger.moduleKey,
      everyMs: options.syncEveryMs,
      inScenario: backend.withScenario,
    });
  }
  let handler: Promise<ForgeHandler> | undefined;
  const deps = {
    projectDir: options.projectDir,
    config,
    bundle,
    backend,
    handler: () => (handler ??= loadEntry<ForgeHandler>(app.handlerFile, app.handlerExport)),
    context: forgeContext(config),
    permissions: app.permissions,
  };
  const server: Server = createServer((request, response) => {
    route(deps, request, response).catch((error: unknown) => {
      options.log(`preview: ${request.method} ${request.url} failed: ${String(error)}`);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { name: 'PreviewError', message: String(error) } }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${LOOPBACK_NAMES.has(options.host) ? 'localhost' : options.host}:${port}/`;
  return {
    url,
    close: async () => {
      events.hold();
      await events.idle();
      await archive.close();
      backend.stop();
      await bundle.dispose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};

const argValue = (args: readonly string[], name: string): string | undefined => {
  const index = args.indexOf(`--${name}`);
  return index >= 0
    ? args[index + 1]
    : args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
};

const numberFrom = (value: string | undefined, fallback: number): number => {
  const parsed = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(parsed) && parsed >= 0
    ? parsed
    : fallback;
};

/** Options from `--port`, `--scenario`, `--tz` and PREVIEW_* / PORT environment variables. */
export const previewOptionsFrom = (
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): PreviewOptions => {
  const scenario = argValue(args, 'scenario') ?? env.PREVIEW_SCENARIO ?? 'normal';
  if (!isScenario(scenario))
    throw new Error(`Unknown scenario "${scenario}"; use one of ${SCENARIOS.join(', ')}.`);
  return {
    projectDir: path.resolve(__dirname, '..'),
    port: numberFrom(argValue(args, 'port') ?? env.PREVIEW_PORT ?? env.PORT, 5173),
    host: argValue(args, 'host') ?? env.PREVIEW_HOST ?? '127.0.0.1',
    scenario,
    timezone:
      argValue(args, 'tz') ?? env.PREVIEW_TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    locale: argValue(args, 'locale') ?? env.PREVIEW_LOCALE ?? 'en-US',
    watch: !args.includes('--no-watch') && env.PREVIEW_WATCH !== '0',
    development: env.NODE_ENV !== 'production',
    mock: {
      ...DEFAULT_MOCK_OPTIONS,
      seed: numberFrom(env.PREVIEW_SEED, DEFAULT_MOCK_OPTIONS.seed),
      recordCount: numberFrom(env.PREVIEW_RECORDS, DEFAULT_MOCK_OPTIONS.recordCount),
      tickMs: numberFrom(env.PREVIEW_TICK_MS, DEFAULT_MOCK_OPTIONS.tickMs),
      slowMs: numberFrom(env.PREVIEW_SLOW_MS, DEFAULT_MOCK_OPTIONS.slowMs),
    },
    syncEveryMs: numberFrom(env.PREVIEW_SYNC_MS, 10_000),
    log: (line) => console.log(line),
  };
};

export const main = async (args: readonly string[] = process.argv.slice(2)) => {
  const options = previewOptionsFrom(args, process.env);
  const preview = await startPreview(options);
  console.log(`Audit Log Explorer preview: ${preview.url}`);
  console.log(
    `  scenarios: ${SCENARIOS.map((name) => `${preview.url}?scenario=${name}`).join('  ')}`,
  );
  console.log(`  component gallery: ${preview.url}gallery   time zone: ?tz=America/Los_Angeles`);
  const stop = () => void preview.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
};

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
