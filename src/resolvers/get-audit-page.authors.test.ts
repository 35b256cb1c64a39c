/** Authors on a page (user/bulk batching, failures that leave records intact, a warm cache) and the page's lean asks. */
import { auditPageResultSchema } from '../contract/results';
import { rawRecord, rawRecords, mockUser } from '../testing/mock-jira';
import { userCalls, useMockJira } from './testing/forge-call';

const users = Array.from({ length: 60 }, (_, index) => mockUser(index));
// 100 records written by 60 distinct people, plus system events without an author.
const records = rawRecords(110, (index) =>
  index % 11 === 10 ? {} : { authorAccountId: users[index % 60]!.accountId },
);
const mock = useMockJira(() => ({ records, users }));

describe('getAuditPage authors', () => {
  it('resolves 60 distinct authors with 2 user/bulk calls of at most 50 ids, maxResults set', async () => {
    const result = await mock.getAuditPage({ limit: 100 });
    if (!result.ok) throw new Error(result.error.message);
    const calls = userCalls(mock.jira);
    expect(calls).toHaveLength(2);
    calls.forEach((call) => {
      const ids = call.url.searchParams.getAll('accountId');
      expect(ids.length).toBeLessThanOrEqual(50);
      expect(new Set(ids).size).toBe(ids.length);
      expect(call.url.searchParams.get('maxResults')).toBe(String(ids.length));
      expect(call.provider).toBe('user');
    });
    result.records.forEach((record) => {
      if (record.authorAccountId === undefined) {
        expect(record.author).toBeUndefined();
      } else {
        const index = users.findIndex((user) => user.accountId === record.authorAccountId);
        expect(record.author).toEqual({
          accountId: record.authorAccountId,
          displayName: `User ${index}`,
        });
      }
    });
  });

  it('returns the records without author when the lookup fails', async () => {
    mock.jira.setFault({ kind: 'status', status: 500, path: 'users' });
    const result = await mock.getAuditPage({ limit: 100 });
    expect(result.ok && result.records).toHaveLength(100);
    expect(result.ok && result.records.some((record) => record.author !== undefined)).toBe(false);
    expect(
      result.ok && result.records.filter((record) => record.authorAccountId !== undefined).length,
    ).toBeGreaterThan(0);
  });

  it('returns the records without author when the lookup is rate limited past the budget', async () => {
    mock.jira.setFault({ kind: 'status', status: 429, retryAfter: 30, path: 'users' });
    const result = await mock.getAuditPage({ limit: 10 });
    expect(result.ok && result.records).toHaveLength(10);
  });

  it('makes no user calls for a warm page', async () => {
    mock.jira.addRecord({ authorAccountId: 'unknown-deleted-user' });
    await mock.getAuditPage({ limit: 100 });
    mock.jira.clearRequests();
    const warm = await mock.getAuditPage({ limit: 100 });
    expect(userCalls(mock.jira)).toHaveLength(0);
    expect(
      warm.ok && warm.records.filter((record) => record.author !== undefined).length,
    ).toBeGreaterThan(80);
  });

  it('makes no user calls for a page without authors', async () => {
    mock.replace({ records: rawRecords(5), users });
    await mock.getAuditPage({});
    expect(userCalls(mock.jira)).toHaveLength(0);
  });

  it('asked for no authors (as the page asks), names nobody and asks Jira for no user', async () => {
    const result = await mock.getAuditPage({ limit: 100, authors: false });
    expect(userCalls(mock.jira)).toHaveLength(0);
    expect(result.ok && result.records).toHaveLength(100);
    expect(result.ok && result.records.some((record) => 'author' in record)).toBe(false);
    // The account ids stay: the page's User component names people from them.
    expect(result.ok && result.records.filter((record) => record.authorAccountId).length).toBe(
      records.slice(0, 100).filter((record) => record.authorAccountId).length,
    );
  });

  it('asked for no empty lists (as the page asks), leaves out exactly the lists that hold nothing', async () => {
    const sent = [
      rawRecord({ id: 3, changedValues: [{ fieldName: 'Name', changedTo: 'Payments' }] }),
      rawRecord({ id: 2, associatedItems: [{ id: '7', name: 'Scheme', typeName: 'SCHEME' }] }),
      rawRecord({ id: 1, changedValues: [], associatedItems: [] }),
    ];
    mock.replace({ records: sent, users });
    const result = await mock.call('getAuditPage', { emptyLists: false });
    const lists = (result as { records: Record<string, unknown>[] }).records.map((record) => [
      record.id,
      'changedValues' in record,
      'associatedItems' in record,
    ]);
    expect(lists).toEqual([
      [3, true, false],
      [2, false, true],
      [1, false, false],
    ]);
    // Without the field every record carries both lists, as the contract says.
    const full = (await mock.call('getAuditPage', {})) as { records: Record<string, unknown>[] };
    expect(
      full.records.map((record) => 'changedValues' in record && 'associatedItems' in record),
    ).toEqual([true, true, true]);
    // Read by the page's schema, absent lists are empty ones again.
    const read = auditPageResultSchema.parse(result);
    expect(read.ok && read.records.map((record) => record.changedValues.length)).toEqual([1, 0, 0]);
    expect(read.ok && read.records.map((record) => record.associatedItems.length)).toEqual([
      0, 1, 0,
    ]);
  });
});
