/** syncArchive as Forge calls it (archive-contract.md), against a mock Jira and Forge SQL on MariaDB. */
import { syncArchiveResultSchema, type AuditRecord } from '../../contract';
import { mockUser, rawRecords, type RawAuditRecord } from '../../testing/mock-jira';
import { useArchiveHost } from '../testing/archive-host';

const users = [mockUser(1), mockUser(2), mockUser(3)];
const log = rawRecords(2_350, (index) => ({
  authorAccountId: index % 7 === 0 ? undefined : users[index % 3]!.accountId,
  remoteAddress: index % 7 === 0 ? undefined : `10.0.${index % 256}.${index % 200}`,
  objectItem: {
    id: String(10_000 + (index % 40)),
    name: `Project ${index % 40}`,
    typeName: 'PROJECT',
  },
}));
const host = useArchiveHost(() => ({ records: log, users, settings: { pageSize: 500 } }));

const auditRequests = () =>
  host.jira.requests.filter((request) => request.url.pathname === '/rest/api/3/auditing/record');

describe('syncArchive', () => {
  it('fills an empty archive with every Jira record once, as the app, and says when it is done', async () => {
    const answers = await host.syncUntilDone();
    for (const answer of answers)
      expect(syncArchiveResultSchema.safeParse(answer).success).toBe(true);
    expect(answers.at(-1)).toMatchObject({ ok: true, done: true });
    expect(answers.reduce((sum, answer) => sum + (answer.ok ? answer.added : 0), 0)).toBe(
      log.length,
    );
    expect(await host.archivedIds()).toEqual(host.jiraIds());
    expect(new Set(host.jira.requests.map((request) => request.provider))).toEqual(
      new Set(['app']),
    );
    // 2,350 records in pages of 500: five pages (Jira's total ends the last) and one author lookup, nothing else.
    expect(auditRequests()).toHaveLength(5);
    expect(host.jira.requests).toHaveLength(6);
  });

  it('pins every request of a window to the same upper bound, with an explicit offset', async () => {
    await host.syncUntilDone();
    const tos = new Set(auditRequests().map((request) => request.url.searchParams.get('to')));
    expect(tos.size).toBe(1);
    expect([...tos][0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('in steady state reads Jira once per call and adds only what is new', async () => {
    await host.syncUntilDone();
    host.restart({ settings: { pageSize: 500, freshMs: 0 } });
    host.jira.clearRequests();
    const added = [
      host.jira.addRecord(),
      host.jira.addRecord({ authorAccountId: users[0]!.accountId }),
    ];
    expect(await host.sync()).toEqual({ ok: true, added: 2, done: true });
    expect(host.jira.requests).toHaveLength(1);
    expect(await host.archivedIds()).toEqual(host.jiraIds());
    expect(await host.archivedIds()).toEqual(
      expect.arrayContaining(added.map((record) => record.id)),
    );
  });

  it('answers a concurrent call with done: false and leaves the archive as one call would', async () => {
    const [first, second] = await Promise.all([host.sync(), host.sync()]);
    expect([first, second]).toContainEqual({ ok: true, added: 0, done: false });
    await host.syncUntilDone();
    expect(await host.archivedIds()).toEqual(host.jiraIds());
  });

  it('stores each record with the values getAuditPage gives it, and its author', async () => {
    await host.syncUntilDone();
    const stored = await host.searchAudit({ limit: 200 });
    if (!stored.ok) throw new Error(stored.error.message);
    const jira = log.slice(0, 200);
    expect(stored.records.map((record) => record.id)).toEqual(jira.map((record) => record.id));
    expect(stored.records[0]).toEqual(expectedRecord(jira[0]!));
    expect(stored.records.filter((record) => record.author).length).toBe(
      jira.filter((record) => record.authorAccountId).length,
    );
  });
});

/** The record as the contract's getAuditPage shows it, written out from the wire record (not by the app's code). */
const expectedRecord = (raw: RawAuditRecord): AuditRecord => {
  const user = users.find((candidate) => candidate.accountId === raw.authorAccountId);
  return {
    id: raw.id,
    summary: raw.summary,
    created: raw.created,
    category: raw.category,
    eventSource: raw.eventSource ?? '',
    ...(raw.remoteAddress ? { remoteAddress: raw.remoteAddress } : {}),
    ...(raw.authorAccountId ? { authorAccountId: raw.authorAccountId } : {}),
    ...(raw.objectItem ? { objectItem: raw.objectItem } : {}),
    changedValues: raw.changedValues ?? [],
    associatedItems: raw.associatedItems ?? [],
    ...(user
      ? {
          author: {
            accountId: user.accountId,
            displayName: user.displayName,
            avatarUrl: expect.stringContaining('https://') as string,
          },
        }
      : {}),
  };
};
