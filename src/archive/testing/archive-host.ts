/**
 * The app as Forge runs it, for archive tests: the real handler and syncArchive, a mock Jira, and Forge SQL on a
 * database of its own on the run's MariaDB (a new one per test), all behind `__forge_fetch__`.
 */
import mysql from 'mysql2/promise';
import type {
  ActivitySummaryResult,
  ArchiveStatusResult,
  ExportAuditResult,
  SearchAuditResult,
  SyncArchiveResult,
} from '../../contract';
import { createJiraDeps, type JiraDeps } from '../../jira/jira-deps';
import { DEFAULT_TIMING, type Clock, type JiraTiming } from '../../jira/timing';
import {
  createAsyncEventsHost,
  type AsyncEventsHost,
  type ConsumerFunction,
} from '../../testing/forge-host/async-events';
import { routeForgeFetch, type ForgeFetch } from '../../testing/forge-host/forge-fetch';
import { forgeFetchSlot, type ForgeFetchSlot } from '../../testing/forge-host/forge-fetch-slot';
import {
  DEFAULT_ACCOUNT_ID,
  invokeResolverFunction,
  runScheduledFunction,
} from '../../testing/forge-host/invoke-function';
import { bindConsumers } from '../../testing/forge-host/manifest-consumers';
import { createSqlBackend, type SqlBackend } from '../../testing/forge-host/sql-backend';
import {
  createScratchDatabase,
  type ScratchDatabase,
} from '../../testing/mariadb/scratch-database';
import {
  createMockJira,
  type MockJira,
  type MockJiraOptions,
  type MockJiraPermissions,
} from '../../testing/mock-jira';
import { createResolverHandler } from '../../resolvers';
import { createArchiveDeps, type ArchiveDeps, type ArchiveDepsOptions } from '../archive-deps';
import type { ArchiveSettings } from '../archive-settings';
import { createSyncArchive, createSyncContinuation } from '../sync/sync-archive';

/** The caller of every resolver call unless a test says otherwise. */
export const ADMIN = DEFAULT_ACCOUNT_ID;

export interface InstanceOptions {
  readonly settings?: Partial<ArchiveSettings>;
  readonly clock?: Clock;
  readonly timing?: Partial<JiraTiming>;
  readonly runner?: ArchiveDepsOptions['runner'];
  /** Replaces the real push to the async-events queue. */
  readonly continueSync?: ArchiveDepsOptions['continueSync'];
}

export interface ArchiveHostOptions extends MockJiraOptions, MockJiraPermissions, InstanceOptions {
  /** Stands between the app and the mock Jira (to fail the nth request, or make Jira slow). */
  readonly wrapJira?: (fetch: ForgeFetch) => ForgeFetch;
  /** Stands between the app and Forge's async-events queue (to fail a push). */
  readonly wrapEvents?: (fetch: ForgeFetch) => ForgeFetch;
  /**
   * `hold` (default): pushed continuations wait until a test delivers them, so tests of the trigger alone see only
   * the trigger's calls; `deliver`: Forge runs the manifest's consumer as soon as an event is pushed.
   */
  readonly asyncEvents?: 'hold' | 'deliver';
  /**
   * The clock of Forge SQL's rate windows (150 DML a second): real time by default. A test whose Jira takes virtual
   * time passes that clock, so statements Forge would spread over the seconds Jira takes are not counted as landing
   * in one real second.
   */
  readonly sqlNow?: () => number;
}

export interface ArchiveHost {
  readonly jira: MockJira;
  readonly sql: SqlBackend;
  readonly database: ScratchDatabase;
  readonly jiraDeps: JiraDeps;
  readonly archive: ArchiveDeps;
  /** Forge's async-events queue, delivering to manifest.yml's consumer of this instance. */
  readonly events: AsyncEventsHost;
  /** A new function instance (fresh caches, migrations checked again) on the same database and Jira. */
  restart(options?: InstanceOptions): void;
  sync(): Promise<SyncArchiveResult>;
  /** Calls syncArchive until it answers done (or fails); every answer, in order. */
  syncUntilDone(maxCalls?: number): Promise<SyncArchiveResult[]>;
  /** Any resolver key, as Forge calls it. */
  call(functionKey: string, payload: unknown, accountId?: string): Promise<unknown>;
  searchAudit(payload: unknown, accountId?: string): Promise<SearchAuditResult>;
  /** Any resolver key as Forge calls it, for the admin page's own invoke (the page tests). */
  invoke(functionKey: string, payload: unknown): Promise<unknown>;
  /** `invoke` as another admin (saved searches are kept per account). */
  invokeAs(accountId: string): (functionKey: string, payload: unknown) => Promise<unknown>;
  getArchiveStatus(accountId?: string): Promise<ArchiveStatusResult>;
  getActivitySummary(payload: unknown, accountId?: string): Promise<ActivitySummaryResult>;
  exportAudit(payload: unknown, accountId?: string): Promise<ExportAuditResult>;
  /** Straight to MariaDB, past the Forge SQL bridge: for checking what the app stored. */
  query<T>(statement: string, params?: unknown[]): Promise<T[]>;
  /** Ids of the archived records, ascending (read straight from MariaDB). */
  archivedIds(): Promise<number[]>;
  /** Ids of every record the mock Jira holds, ascending. */
  jiraIds(): number[];
}

export const useArchiveHost = (options: () => ArchiveHostOptions = () => ({})): ArchiveHost => {
  let state:
    | {
        jira: MockJira;
        sql: SqlBackend;
        database: ScratchDatabase;
        slot: ForgeFetchSlot;
        jiraDeps: JiraDeps;
        archive: ArchiveDeps;
        handler: ReturnType<typeof createResolverHandler>;
        sync: ReturnType<typeof createSyncArchive>;
        continuation: ReturnType<typeof createSyncContinuation>;
        events: AsyncEventsHost;
      }
    | undefined;
  const current = () => {
    if (!state) throw new Error('useArchiveHost: only inside a test');
    return state;
  };
  const instance = ({ settings, clock, timing, runner, continueSync }: InstanceOptions) => {
    const jiraDeps = createJiraDeps({
      ...(clock ? { clock } : {}),
      timing: { ...DEFAULT_TIMING, ...timing },
    });
    const archive = createArchiveDeps({
      settings,
      runner,
      ...(continueSync ? { continueSync } : {}),
    });
    return {
      jiraDeps,
      archive,
      handler: createResolverHandler(jiraDeps, archive),
      sync: createSyncArchive(jiraDeps, archive),
      continuation: createSyncContinuation(jiraDeps, archive),
    };
  };

  beforeEach(async () => {
    const {
      records,
      users,
      admins,
      wrapJira = (fetch) => fetch,
      wrapEvents = (fetch) => fetch,
      asyncEvents = 'hold',
      sqlNow,
      ...instanceOptions
    } = options();
    const database = await createScratchDatabase();
    const sql = createSqlBackend({ url: database.url, ...(sqlNow ? { now: sqlNow } : {}) });
    const jira = createMockJira({ records, users, admins });
    // The consumer of whichever instance is current, as a new deployment's events reach the new code.
    const continuation: ConsumerFunction = (event, context) =>
      current().continuation(event, context);
    const events = createAsyncEventsHost({
      consumers: bindConsumers({ 'index.syncArchiveContinuation': continuation }),
    });
    if (asyncEvents === 'hold') events.hold();
    const slot = forgeFetchSlot(
      routeForgeFetch({
        jira: wrapJira(jira.fetch),
        sql: sql.fetch,
        events: wrapEvents(events.fetch),
      }),
    );
    slot.install();
    state = { jira, sql, database, slot, events, ...instance(instanceOptions) };
  });

  afterEach(async () => {
    if (!state) return;
    const { slot, sql, database, events } = state;
    // No consumer may still be running against the database about to be dropped.
    events.hold();
    await events.idle();
    state = undefined;
    slot.uninstall();
    await sql.close();
    await database.drop();
  });

  const call = (functionKey: string, payload: unknown, accountId = ADMIN) =>
    invokeResolverFunction(current().handler, { functionKey, payload, accountId });
  const host: ArchiveHost = {
    get jira() {
      return current().jira;
    },
    get sql() {
      return current().sql;
    },
    get database() {
      return current().database;
    },
    get jiraDeps() {
      return current().jiraDeps;
    },
    get archive() {
      return current().archive;
    },
    get events() {
      return current().events;
    },
    restart: (next = {}) => {
      state = { ...current(), ...instance(next) };
    },
    sync: () => runScheduledFunction(current().sync, { moduleKey: 'archive-sync' }),
    syncUntilDone: async (maxCalls = 50) => {
      const answers: SyncArchiveResult[] = [];
      for (let index = 0; index < maxCalls; index += 1) {
        const answer = await host.sync();
        answers.push(answer);
        if (!answer.ok || answer.done) return answers;
      }
      throw new Error(`syncArchive was not done after ${maxCalls} calls`);
    },
    call,
    invoke: (functionKey, payload) => call(functionKey, payload),
    invokeAs: (accountId) => (functionKey, payload) => call(functionKey, payload, accountId),
    searchAudit: async (payload, accountId) =>
      (await call('searchAudit', payload, accountId)) as SearchAuditResult,
    getActivitySummary: async (payload, accountId) =>
      (await call('getActivitySummary', payload, accountId)) as ActivitySummaryResult,
    exportAudit: async (payload, accountId) =>
      (await call('exportAudit', payload, accountId)) as ExportAuditResult,
    getArchiveStatus: async (accountId) =>
      (await call('getArchiveStatus', {}, accountId)) as ArchiveStatusResult,
    archivedIds: async () =>
      (await host.query<{ id: number }>('SELECT id FROM archive_record ORDER BY id')).map(
        (row) => row.id,
      ),
    jiraIds: () =>
      current()
        .jira.allRecords()
        .map((record) => record.id)
        .sort((a, b) => a - b),
    query: async <T>(statement: string, params: unknown[] = []) => {
      const connection = await mysql.createConnection({
        uri: current().database.url,
        dateStrings: true,
      });
      try {
        return (await connection.query(statement, params))[0] as T[];
      } finally {
        await connection.end();
      }
    },
  };
  return host;
};
