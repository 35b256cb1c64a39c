/** The mock Jira behind the preview (a seeded realistic log that keeps growing, one mock per scenario) and the SQL route. */
import { AsyncLocalStorage } from 'node:async_hooks';
import {
  createMockJira,
  generateAuditLog,
  type MockJira,
  type MockUser,
} from '../../src/testing/mock-jira';
import { routeForgeFetch, type ForgeFetch } from '../../src/testing/forge-host/forge-fetch';
import { forgeFetchSlot } from '../../src/testing/forge-host/forge-fetch-slot';

export const SCENARIOS = [
  'normal',
  'empty',
  'forbidden',
  'rate-limited',
  'slow',
  'needs-auth',
  'jira-error',
  // Administer Jira taken away while the page is open: the first audit request answers, every later one 403.
  'revoked',
  // The normal site's Jira, seen by an app whose archive has not filled yet (just installed): the live log only.
  'fresh-install',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const isScenario = (value: unknown): value is Scenario =>
  SCENARIOS.includes(value as Scenario);

export interface MockBackendOptions {
  readonly seed: number;
  readonly recordCount: number;
  readonly spanDays: number;
  readonly authorCount: number;
  /** A new record every this many ms in the normal scenario; 0 turns it off. */
  readonly tickMs: number;
  readonly slowMs: number;
  readonly now?: Date;
}

export const DEFAULT_MOCK_OPTIONS: MockBackendOptions = {
  seed: 20_261_120,
  recordCount: 6_000,
  spanDays: 90,
  authorCount: 48,
  tickMs: 5_000,
  slowMs: 3_000,
};

export interface MockBackend {
  /** Runs `work` with Forge's `__forge_fetch__` answering from the scenario's mock. */
  readonly withScenario: <T>(scenario: Scenario, work: () => Promise<T>) => Promise<T>;
  readonly users: readonly MockUser[];
  readonly mock: (scenario: Scenario) => MockJira;
  /** Plays the scenario from its start (the page opened again): a fault that counts requests counts afresh. */
  readonly restart: (scenario: Scenario) => void;
  readonly stop: () => void;
}

const faultFor = (scenario: Scenario, slowMs: number): Parameters<MockJira['setFault']>[0] => {
  switch (scenario) {
    case 'forbidden':
      return { kind: 'status', status: 403 };
    case 'revoked':
      return { kind: 'status', status: 403, path: 'audit', after: 1 };
    case 'rate-limited':
      return { kind: 'status', status: 429, retryAfter: 1 };
    case 'slow':
      return { kind: 'slow', delayMs: slowMs };
    case 'needs-auth':
      return { kind: 'needs-auth' };
    case 'jira-error':
      return { kind: 'status', status: 500 };
    default:
      return undefined;
  }
};

export const createMockBackend = (
  options: MockBackendOptions = DEFAULT_MOCK_OPTIONS,
  /** Forge SQL per scenario (the archive); without it, the app's SQL requests get Forge's "not available". */
  sqlFor?: (scenario: Scenario) => ForgeFetch,
  /** Forge's async-events queue (src/testing/forge-host/async-events.ts); without it, a push gets "not available". */
  events?: ForgeFetch,
): MockBackend => {
  const { records, users } = generateAuditLog({
    count: options.recordCount,
    seed: options.seed,
    end: options.now ?? new Date(),
    spanDays: options.spanDays,
    authorCount: options.authorCount,
  });
  const mocks = new Map<Scenario, MockJira>(
    SCENARIOS.filter((scenario) => scenario !== 'fresh-install').map((scenario) => {
      const mock = createMockJira({ records: scenario === 'empty' ? [] : records, users });
      mock.setFault(faultFor(scenario, options.slowMs));
      return [scenario, mock];
    }),
  );
  // The same Jira as the normal site (its growing log), only the archive differs (preview-archive.ts).
  mocks.set('fresh-install', mocks.get('normal')!);
  const mock = (scenario: Scenario): MockJira => mocks.get(scenario)!;

  const current = new AsyncLocalStorage<Scenario>();
  const slot = forgeFetchSlot(
    routeForgeFetch({
      jira: (target, path, init) => mock(current.getStore() ?? 'normal').fetch(target, path, init),
      ...(sqlFor && {
        sql: (target, path, init) => sqlFor(current.getStore() ?? 'normal')(target, path, init),
      }),
      ...(events && { events }),
    }),
  );
  slot.install();

  // New activity keeps arriving, as on a live site: an older event replayed by the same author, dated now.
  let ticks = 0;
  const timer =
    options.tickMs > 0
      ? setInterval(() => {
          const normal = mock('normal');
          const all = normal.allRecords();
          const template = all[(ticks * 7_919 + 101) % all.length];
          ticks += 1;
          if (template !== undefined) {
            const { id: _id, created: _created, ...event } = template;
            normal.addRecord(event);
          }
          mocks.forEach((each) => each.clearRequests());
        }, options.tickMs)
      : undefined;
  timer?.unref();

  return {
    withScenario: (scenario, work) => current.run(scenario, work),
    users,
    mock,
    restart: (scenario) => mock(scenario).setFault(faultFor(scenario, options.slowMs)),
    stop: () => {
      if (timer !== undefined) clearInterval(timer);
      slot.uninstall();
    },
  };
};
