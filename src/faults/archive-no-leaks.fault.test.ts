/** The archive writes no record contents, names, addresses or SQL to logs, whatever fails; and reads Jira asApp only in the sync. */
import { useArchiveHost } from '../archive/testing/archive-host';
import { mockUser, rawRecords } from '../testing/mock-jira';
import { captureOutput } from './testing/capture-output';

const SECRETS = {
  summary: 'Zq8-SECRET-SUMMARY',
  ip: '203.0.113.198',
  changedTo: 'zq8.secret.new@example.com',
  objectName: 'Zq8-SECRET-GROUP',
  displayName: 'Zq8 Secret Person',
};
const users = [mockUser(1, { displayName: SECRETS.displayName })];
const host = useArchiveHost(() => ({
  records: rawRecords(300, (index) => ({
    summary: `${SECRETS.summary} ${index}`,
    remoteAddress: SECRETS.ip,
    authorAccountId: users[0]!.accountId,
    objectItem: { name: SECRETS.objectName, typeName: 'GROUP' },
    changedValues: [{ fieldName: 'email', changedTo: SECRETS.changedTo }],
  })),
  users,
  settings: { pageSize: 100 },
}));

const everything = async () => {
  for (const nth of [1, 5, 20, 30]) {
    host.sql.setFault({ nth, phase: 'after' });
    await host.sync();
    await host.searchAudit({ text: SECRETS.summary, ip: SECRETS.ip });
  }
  host.sql.setFault(undefined);
  host.jira.setFault({ kind: 'status', status: 500, times: 2 });
  await host.sync();
  await host.syncUntilDone();
  await host.searchAudit({
    text: `${SECRETS.objectName} zq8`,
    object: { typeName: 'GROUP', name: SECRETS.objectName },
  });
  await host.searchAudit({ cursor: 'not-a-cursor', text: SECRETS.summary });
  await host.query('DROP TABLE archive_record_body');
  await host.searchAudit({ text: SECRETS.changedTo });
  await host.getArchiveStatus();
};

describe('archive: no leaks', () => {
  it('writes nothing of the records, their authors or the SQL to the console or the process streams', async () => {
    const output = await captureOutput(everything);
    for (const secret of Object.values(SECRETS)) expect(output).not.toContain(secret);
    expect(output.toLowerCase()).not.toContain('zq8');
    expect(output).not.toMatch(/SELECT|INSERT|archive_record/);
  });

  it('reads Jira as the app only in the sync, and as the caller for searches', async () => {
    await host.syncUntilDone();
    expect(new Set(host.jira.requests.map((request) => request.provider))).toEqual(
      new Set(['app']),
    );
    host.jira.clearRequests();
    await host.searchAudit({});
    await host.getArchiveStatus();
    expect(new Set(host.jira.requests.map((request) => request.provider))).toEqual(
      new Set(['user']),
    );
  });
});
