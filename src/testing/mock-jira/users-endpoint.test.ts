import { createMockJira } from './create-mock-jira';
import { mockUser } from './record-factory';

type UsersBody = {
  startAt: number;
  maxResults: number;
  total: number;
  isLast: boolean;
  values: { accountId: string }[];
};

const users = Array.from({ length: 30 }, (_, index) => mockUser(index));

const bulk = async (ids: string[], extra: Record<string, string> = {}) => {
  const jira = createMockJira({ users });
  const params = new URLSearchParams(ids.map((id) => ['accountId', id]));
  Object.entries(extra).forEach(([key, value]) => params.set(key, value));
  const response = await jira.fetch({ provider: 'user' }, `/rest/api/3/user/bulk?${params}`);
  return { status: response.status, text: await response.text() };
};

const values = (text: string) =>
  (JSON.parse(text) as UsersBody).values.map((user) => user.accountId);

describe('mock Jira user/bulk', () => {
  const twenty = users.slice(0, 20).map((user) => user.accountId);

  it('returns only 10 users when maxResults is not given (Jira default)', async () => {
    const { text } = await bulk(twenty);
    expect(values(text)).toEqual(twenty.slice(0, 10));
    expect((JSON.parse(text) as UsersBody).isLast).toBe(false);
  });

  it('returns every user when maxResults covers the ids', async () => {
    const { text } = await bulk(twenty, { maxResults: '20' });
    expect(values(text)).toEqual(twenty);
    expect((JSON.parse(text) as UsersBody).isLast).toBe(true);
  });

  it('leaves unknown ids out', async () => {
    const { text } = await bulk(['nobody', users[3]!.accountId, 'ghost'], { maxResults: '3' });
    expect(values(text)).toEqual([users[3]!.accountId]);
  });

  it('gives each user a display name and the four avatar sizes', async () => {
    const { text } = await bulk([users[0]!.accountId], { maxResults: '1' });
    const [user] = (JSON.parse(text) as { values: Record<string, unknown>[] }).values;
    expect(user).toMatchObject({ displayName: 'User 0', accountType: 'atlassian', active: true });
    expect(Object.keys(user!.avatarUrls as object).sort()).toEqual([
      '16x16',
      '24x24',
      '32x32',
      '48x48',
    ]);
  });

  it('rejects more than 200 ids with 414', async () => {
    const { status } = await bulk(
      Array.from({ length: 201 }, (_, index) => `id-${index}`),
      { maxResults: '201' },
    );
    expect(status).toBe(414);
  });

  it('accepts 200 ids', async () => {
    const { status } = await bulk(
      Array.from({ length: 200 }, (_, index) => `id-${index}`),
      { maxResults: '200' },
    );
    expect(status).toBe(200);
  });

  it('rejects a call without accountId with 400', async () => {
    const { status } = await bulk([]);
    expect(status).toBe(400);
  });
});
