import api, { NeedsAuthenticationError, route } from '@forge/api';
import { runInvocation } from '../forge-host/invocation';
import { createMockJira } from './create-mock-jira';
import { mockUser, rawRecords } from './record-factory';
import type { MockFault } from './types';

const AUDIT = '/rest/api/3/auditing/record?limit=5';
const USERS = `/rest/api/3/user/bulk?accountId=${mockUser(1).accountId}&maxResults=1`;

const setup = (fault?: MockFault) => {
  const jira = createMockJira({ records: rawRecords(10), users: [mockUser(1)] });
  jira.setFault(fault);
  return jira;
};

describe('mock Jira faults', () => {
  it.each([401, 403, 404, 500, 502, 503])('plays HTTP %i', async (status) => {
    const jira = setup({ kind: 'status', status });
    expect((await jira.fetch({ provider: 'user' }, AUDIT)).status).toBe(status);
  });

  it('sends 429 with Retry-After, X-RateLimit-Reset and RateLimit-Reason', async () => {
    const jira = setup({ kind: 'status', status: 429, retryAfter: 3 });
    const response = await jira.fetch({ provider: 'user' }, AUDIT);
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('3');
    expect(Date.parse(response.headers.get('X-RateLimit-Reset') ?? '')).toBeGreaterThan(Date.now());
    expect(response.headers.get('RateLimit-Reason')).toBeTruthy();
  });

  it('sends 503 without Retry-After unless given', async () => {
    const jira = setup({ kind: 'status', status: 503 });
    expect((await jira.fetch({ provider: 'user' }, AUDIT)).headers.get('Retry-After')).toBeNull();
  });

  it('fails `times` requests, then answers normally', async () => {
    const jira = setup({ kind: 'status', status: 500, times: 2 });
    const statuses = [];
    for (let index = 0; index < 3; index += 1)
      statuses.push((await jira.fetch({ provider: 'user' }, AUDIT)).status);
    expect(statuses).toEqual([500, 500, 200]);
  });

  it('answers `after` requests normally, then fails (access taken away while the page is open)', async () => {
    const jira = setup({ kind: 'status', status: 403, path: 'audit', after: 2 });
    const statuses = [];
    for (let index = 0; index < 4; index += 1)
      statuses.push((await jira.fetch({ provider: 'user' }, AUDIT)).status);
    expect(statuses).toEqual([200, 200, 403, 403]);
    expect((await jira.fetch({}, USERS)).status).toBe(200);
  });

  it('keeps failing without `times` until cleared', async () => {
    const jira = setup({ kind: 'status', status: 500 });
    for (let index = 0; index < 5; index += 1)
      expect((await jira.fetch({}, AUDIT)).status).toBe(500);
    jira.setFault(undefined);
    expect((await jira.fetch({}, AUDIT)).status).toBe(200);
  });

  it('limits a fault to its path', async () => {
    const jira = setup({ kind: 'status', status: 500, path: 'users' });
    expect((await jira.fetch({}, AUDIT)).status).toBe(200);
    expect((await jira.fetch({}, USERS)).status).toBe(500);
  });

  it('sends malformed JSON', async () => {
    const jira = setup({ kind: 'malformed-json' });
    await expect((await jira.fetch({}, AUDIT)).json()).rejects.toThrow();
  });

  it('cuts the body short', async () => {
    const jira = setup({ kind: 'truncated-body' });
    const text = await (await jira.fetch({}, AUDIT)).text();
    expect(() => JSON.parse(text)).toThrow();
    expect(text.startsWith('{"offset":0')).toBe(true);
  });

  it('answers slowly', async () => {
    const jira = setup({ kind: 'slow', delayMs: 150 });
    const started = Date.now();
    expect((await jira.fetch({}, AUDIT)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});

describe('mock Jira installed behind @forge/api', () => {
  afterEach(() => {
    delete (globalThis as { __forge_fetch__?: unknown }).__forge_fetch__;
  });

  it('serves api.asUser().requestJira and logs the provider', async () => {
    const jira = setup();
    jira.install();
    const response = await api.asUser().requestJira(route`/rest/api/3/auditing/record?limit=${2}`);
    expect(((await response.json()) as { records: unknown[] }).records).toHaveLength(2);
    await api.asApp().requestJira(route`/rest/api/3/auditing/record?limit=${1}`);
    expect(
      jira.requests.map((request) => [
        request.provider,
        request.status,
        request.url.searchParams.get('limit'),
      ]),
    ).toEqual([
      ['user', 200, '2'],
      ['app', 200, '1'],
    ]);
    jira.clearRequests();
    expect(jira.requests).toHaveLength(0);
  });

  it('turns the consent fault into NeedsAuthenticationError through @forge/api', async () => {
    const jira = setup({ kind: 'needs-auth', times: 1 });
    jira.install();
    await expect(
      api.asUser().requestJira(route`/rest/api/3/user/bulk?accountId=${'x'}`),
    ).rejects.toBeInstanceOf(NeedsAuthenticationError);
    expect((await api.asUser().requestJira(route`/rest/api/3/auditing/record`)).status).toBe(200);
  });

  it('restores the previous __forge_fetch__ on uninstall', async () => {
    const previous = async () => new Response('{}');
    (globalThis as { __forge_fetch__?: unknown }).__forge_fetch__ = previous;
    const jira = setup();
    jira.install();
    jira.uninstall();
    expect((globalThis as { __forge_fetch__?: unknown }).__forge_fetch__).toBe(previous);
  });

  it('answers unknown paths with 404', async () => {
    const jira = setup();
    expect((await jira.fetch({}, '/rest/api/3/myself')).status).toBe(404);
  });
});

describe('mock Jira records', () => {
  it('adds a newest record with the next id and a created time of now', () => {
    const jira = setup();
    const before = jira.allRecords();
    const added = jira.addRecord({ summary: 'Project created' });
    const after = jira.allRecords();
    expect(after[0]).toEqual(added);
    expect(added.id).toBe(Math.max(...before.map((record) => record.id)) + 1);
    expect(
      Math.abs(Date.parse(added.created.replace(/(\d{2})(\d{2})$/, '$1:$2')) - Date.now()),
    ).toBeLessThan(5_000);
    expect(added.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/);
  });

  it('keeps allRecords newest first whatever order they were given in', () => {
    const jira = createMockJira({ records: [...rawRecords(5)].reverse() });
    const times = jira.allRecords().map((record) => record.created);
    expect(times).toEqual([...times].sort().reverse());
  });
});

describe('mock Jira permissions', () => {
  it('answers an asUser audit request only for admins (as the invocation’s caller), never refusing the app', async () => {
    const jira = createMockJira({ records: rawRecords(3), admins: ['admin-1'] });
    const asCaller = (accountId: string | undefined, provider: 'user' | 'app') =>
      runInvocation({ accountId }, async () => (await jira.fetch({ provider }, AUDIT)).status);
    expect(await asCaller('admin-1', 'user')).toBe(200);
    expect(await asCaller('someone-else', 'user')).toBe(403);
    expect(await asCaller(undefined, 'user')).toBe(403);
    expect(await asCaller(undefined, 'app')).toBe(200);
    expect(
      await runInvocation(
        { accountId: 'someone-else' },
        async () => (await jira.fetch({ provider: 'user' }, USERS)).status,
      ),
    ).toBe(200);
  });
});
