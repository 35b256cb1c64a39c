import { createMockJira, mockUser, type MockJira } from '../testing/mock-jira';
import { AUTHOR_TTL_MS, createAuthorCache, type AuthorCache } from './author-cache';
import { startJiraSession } from './jira-session';
import { createFakeClock, type FakeClock } from './testing/fake-clock';
import { DEFAULT_TIMING } from './timing';

const users = Array.from({ length: 130 }, (_, index) => mockUser(index));
const ids = (from: number, to: number) => users.slice(from, to).map((user) => user.accountId);

let jira: MockJira;
let clock: FakeClock;
let cache: AuthorCache;
beforeEach(() => {
  cache = createAuthorCache();
  clock = createFakeClock();
  jira = createMockJira({ users });
  jira.install();
});
afterEach(() => jira.uninstall());

const userCalls = () =>
  jira.requests.filter((request) => request.url.pathname === '/rest/api/3/user/bulk');
const resolve = (accountIds: string[]) =>
  cache.resolve(startJiraSession('user', { clock, timing: DEFAULT_TIMING }), accountIds);

describe('author lookup', () => {
  it('asks for each id once, at most 50 a call, with maxResults covering the call', async () => {
    const authors = await resolve([...ids(0, 120), ...ids(0, 10)]);
    expect(authors.size).toBe(120);
    const calls = userCalls();
    expect(calls).toHaveLength(3);
    calls.forEach((call) => {
      const asked = call.url.searchParams.getAll('accountId');
      expect(asked.length).toBeLessThanOrEqual(50);
      expect(Number(call.url.searchParams.get('maxResults'))).toBe(asked.length);
      expect(call.provider).toBe('user');
    });
    expect(new Set(calls.flatMap((call) => call.url.searchParams.getAll('accountId'))).size).toBe(
      120,
    );
  });

  it('names authors by id and display name only', async () => {
    const authors = await resolve(ids(3, 4));
    expect(authors.get(users[3]!.accountId)).toEqual({
      accountId: users[3]!.accountId,
      displayName: 'User 3',
    });
  });

  it('makes no call for an empty list', async () => {
    await resolve([]);
    expect(userCalls()).toHaveLength(0);
  });

  it('answers a warm lookup from the cache, unknown ids included', async () => {
    await resolve([...ids(0, 5), 'deleted-user']);
    jira.clearRequests();
    const authors = await resolve([...ids(0, 5), 'deleted-user']);
    expect(userCalls()).toHaveLength(0);
    expect(authors.size).toBe(5);
    expect(authors.has('deleted-user')).toBe(false);
  });

  it('asks again after the TTL', async () => {
    await resolve(ids(0, 5));
    clock.advance(AUTHOR_TTL_MS + 1);
    jira.clearRequests();
    await resolve(ids(0, 5));
    expect(userCalls()).toHaveLength(1);
  });

  it('leaves authors out when the lookup fails, and does not cache the failure', async () => {
    jira.setFault({ kind: 'status', status: 500, path: 'users', times: 1 });
    expect((await resolve(ids(0, 5))).size).toBe(0);
    jira.clearRequests();
    expect((await resolve(ids(0, 5))).size).toBe(5);
    expect(userCalls()).toHaveLength(1);
  });

  it('keeps the batches that worked when one of them fails', async () => {
    jira.setFault({ kind: 'malformed-json', path: 'users', times: 1 });
    const authors = await resolve(ids(0, 100));
    expect(authors.size).toBe(50);
  });

  it('tolerates Jira answering 414 for a long URL', async () => {
    jira.setFault({ kind: 'status', status: 414, path: 'users' });
    await expect(resolve(ids(0, 3))).resolves.toEqual(new Map());
  });
});
