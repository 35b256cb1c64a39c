/**
 * The preview's Forge SQL: the archive of the normal site, filled by the app's own `syncArchive` from the mock Jira
 * (run as Forge runs a scheduled trigger, but every few seconds so a new user sees it at work, and continued through
 * the manifest's async-events consumer as Forge would), and an empty archive for the other scenarios, each a database
 * of its own on a private MariaDB (or ARCHIVE_DB_URL's server).
 */
import { migrationRunner } from '@forge/sql';
import { createArchiveDeps } from '../../src/archive/archive-deps';
import {
  createAsyncEventsHost,
  type AsyncEventsHost,
  type ConsumerFunction,
} from '../../src/testing/forge-host/async-events';
import type { ForgeFetch } from '../../src/testing/forge-host/forge-fetch';
import { runScheduledFunction } from '../../src/testing/forge-host/invoke-function';
import { startLocalForgeSql } from '../../src/testing/mariadb/local-forge-sql';
import type { Scenario } from './mock-backend';

export type ScheduledEntry = (event: {
  context: { cloudId: string; moduleKey: string };
}) => Promise<unknown>;

export interface PreviewArchive {
  /** Where `@forge/sql` lands for a scenario: the filled archive for `normal`, an empty one for the rest (`fresh-install` included). */
  readonly sqlFor: (scenario: Scenario) => ForgeFetch;
  /** Runs the trigger's function now and then every `everyMs` (0: once) in the normal scenario. */
  readonly startSync: (options: {
    readonly sync: ScheduledEntry;
    readonly moduleKey: string;
    readonly everyMs: number;
    readonly inScenario: <T>(scenario: Scenario, work: () => Promise<T>) => Promise<T>;
  }) => void;
  readonly close: () => Promise<void>;
}

/** What one call answered, for the console: `{ ok, added, done }` or a failure. */
const describeSync = (result: unknown): string => {
  const answer = result as {
    ok?: boolean;
    added?: number;
    done?: boolean;
    error?: { code?: string };
  };
  return answer.ok
    ? `+${answer.added ?? 0} records${answer.done ? ', up to date' : ', more to come'}`
    : `failed: ${answer.error?.code ?? 'unknown'}`;
};

/**
 * Forge's async-events queue for the preview: each manifest consumer runs in the normal scenario (the only one
 * whose archive syncs) and its answer goes to the console like the trigger's.
 */
export const startPreviewEvents = (
  consumers: readonly {
    readonly queue: string;
    readonly name: string;
    readonly fn: ConsumerFunction;
  }[],
  inScenario: <T>(scenario: Scenario, work: () => Promise<T>) => Promise<T>,
  log: (line: string) => void,
): AsyncEventsHost =>
  createAsyncEventsHost({
    consumers: new Map(
      consumers.map(({ queue, name, fn }): [string, ConsumerFunction] => [
        queue,
        async (event, context) => {
          const result = await inScenario('normal', () => fn(event, context));
          log(`preview: ${name} ${describeSync(result)}`);
          return result;
        },
      ]),
    ),
    report: (error) => log(`preview: an async-events consumer threw: ${String(error)}`),
  });

export const startPreviewArchive = async (log: (line: string) => void): Promise<PreviewArchive> => {
  const local = await startLocalForgeSql({ prefix: 'ale_preview' });
  const other = await local.addDatabase('ale_preview_other');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<unknown> | undefined;
  let closed = false;

  const sqlFor = (scenario: Scenario): ForgeFetch =>
    scenario === 'normal' ? local.sql.fetch : other.sql.fetch;

  return {
    sqlFor,
    startSync: ({ sync, moduleKey, everyMs, inScenario }) => {
      // The app migrates a database before its first query, once per function instance: one instance serves every
      // scenario here, so the second database is brought up to date by the app's own migrations up front.
      const ready = inScenario('empty', () =>
        createArchiveDeps({ runner: migrationRunner }).schema.ready(),
      );
      // Now and every `everyMs`; a call that used up its budget is continued by the consumer (previewEvents).
      const runOnce = async () => {
        await ready;
        const result = await inScenario('normal', () => runScheduledFunction(sync, { moduleKey }));
        log(`preview: syncArchive ${describeSync(result)}`);
      };
      const schedule = () => {
        running = runOnce()
          .catch((error: unknown) => log(`preview: syncArchive threw: ${String(error)}`))
          .finally(() => {
            if (!closed && everyMs > 0) timer = setTimeout(schedule, everyMs);
          });
      };
      schedule();
    },
    close: async () => {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      await running?.catch(() => undefined);
      await local.close();
    },
  };
};
