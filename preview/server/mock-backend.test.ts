import { createMockBackend, DEFAULT_MOCK_OPTIONS, type MockBackend } from './mock-backend';

type ForgeFetch = (target: unknown, path: string) => Promise<Response>;
const forgeFetch = (path: string) =>
  (globalThis as unknown as { __forge_fetch__: ForgeFetch }).__forge_fetch__(
    { provider: 'user' },
    path,
  );

const AUDIT = '/rest/api/3/auditing/record?limit=5';

describe('the preview’s mock Jira', () => {
  let backend: MockBackend;

  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    backend = createMockBackend({
      ...DEFAULT_MOCK_OPTIONS,
      recordCount: 300,
      authorCount: 12,
      tickMs: 1_000,
      slowMs: 0,
    });
  });

  afterEach(() => {
    backend.stop();
    jest.useRealTimers();
  });

  test('holds a seeded log with its authors', () => {
    expect(backend.mock('normal').allRecords()).toHaveLength(300);
    expect(backend.users).toHaveLength(12);
    expect(backend.mock('empty').allRecords()).toHaveLength(0);
  });

  test.each([
    ['normal', 200],
    ['empty', 200],
    ['forbidden', 403],
    ['rate-limited', 429],
    ['jira-error', 500],
    ['needs-auth', 401],
  ] as const)('a request in the %s scenario answers %i', async (scenario, status) => {
    const response = await backend.withScenario(scenario, () => forgeFetch(AUDIT));

    expect(response.status).toBe(status);
  });

  test('outside any scenario, requests go to the normal mock', async () => {
    expect((await forgeFetch(AUDIT)).status).toBe(200);
  });

  test('new records keep arriving in the normal scenario, dated now, with a known author', () => {
    const before = backend.mock('normal').allRecords();

    jest.advanceTimersByTime(3_000);

    const after = backend.mock('normal').allRecords();
    expect(after).toHaveLength(before.length + 3);
    const newest = after[0]!;
    expect(newest.id).toBeGreaterThan(before[0]!.id);
    expect(backend.users.map((user) => user.accountId)).toContain(
      newest.authorAccountId ?? backend.users[0]!.accountId,
    );
    expect(backend.mock('forbidden').allRecords()).toHaveLength(before.length);
  });

  test('a fresh install reads the normal site’s growing log (only its archive is empty)', async () => {
    jest.advanceTimersByTime(2_000);
    expect(backend.mock('fresh-install').allRecords()).toEqual(backend.mock('normal').allRecords());
    const response = await backend.withScenario('fresh-install', () => forgeFetch(AUDIT));
    expect(response.status).toBe(200);
  });

  test('revoked: the first audit request answers, later ones 403, and opening the page starts again', async () => {
    const statuses = async () => {
      const seen = [];
      for (let index = 0; index < 3; index += 1)
        seen.push((await backend.withScenario('revoked', () => forgeFetch(AUDIT))).status);
      return seen;
    };
    expect(await statuses()).toEqual([200, 403, 403]);
    backend.restart('revoked');
    expect(await statuses()).toEqual([200, 403, 403]);
  });
});
