/** syncArchive keeps within its bounds (30 Jira requests, 40 s) and stops early, losing nothing, when Jira says wait. */
import { createFakeClock, type FakeClock } from '../../jira/testing/fake-clock';
import { formatJiraDate, mockUser, rawRecords } from '../../testing/mock-jira';
import { useArchiveHost } from '../testing/archive-host';

const users = Array.from({ length: 120 }, (_, index) => mockUser(index));
const log = rawRecords(4_000, (index) => ({
  authorAccountId: users[index % users.length]!.accountId,
}));
let clock: FakeClock;
let writeOnEachRequest = false;
// Jira dates records by its own clock, which the app's (virtual) clock follows.
const write = () => host.jira.addRecord({ created: formatJiraDate(clock.now()) });
// Every Jira request takes 1.5 s on the virtual clock (and, when asked, Jira writes a record just before it). Forge
// SQL's 150 DML a second is counted on the same clock: the statements of a call's 27 pages land within the 40 s its
// Jira requests take, not within the real second the test needs for them.
const host = useArchiveHost(() => ({
  records: log,
  users,
  sqlNow: () => clock.now(),
  wrapJira: (fetch) => async (target, path, init) => {
    clock.advance(1_500);
    if (writeOnEachRequest) write();
    return fetch(target, path, init);
  },
}));

beforeEach(() => {
  writeOnEachRequest = false;
  clock = createFakeClock(Date.now());
  host.restart({ clock, settings: { pageSize: 100 } });
});

describe('syncArchive bounds', () => {
  it('sends at most 30 Jira requests and works at most 40 s per call, and still finishes', async () => {
    let calls = 0;
    for (;;) {
      host.jira.clearRequests();
      const started = clock.now();
      const answer = await host.sync();
      calls += 1;
      expect(host.jira.requests.length).toBeLessThanOrEqual(30);
      expect(clock.now() - started).toBeLessThanOrEqual(40_000);
      expect(answer.ok).toBe(true);
      if (answer.ok && answer.done) break;
      expect(calls).toBeLessThan(20);
    }
    expect(calls).toBeGreaterThan(1);
    expect(await host.archivedIds()).toEqual(host.jiraIds());
  });

  it('stops early with done: false when Jira keeps answering 429, then the next calls finish the job', async () => {
    const first = await host.sync();
    expect(first).toMatchObject({ ok: true, done: false });
    host.jira.setFault({ kind: 'status', status: 429, retryAfter: 1, path: 'audit' });
    clock.advance(61_000);
    const limited = await host.sync();
    expect(limited).toEqual({ ok: true, added: 0, done: false });
    host.jira.setFault(undefined);
    await host.syncUntilDone();
    expect(await host.archivedIds()).toEqual(host.jiraIds());
  });

  it('a lease left by a call that died is taken over once it expires', async () => {
    await host.archive.schema.ready();
    await host.query('UPDATE archive_state SET lease_owner = ?, lease_until = ?', [
      'dead-call',
      clock.now() + 90_000,
    ]);
    expect(await host.sync()).toEqual({ ok: true, added: 0, done: false });
    clock.advance(90_001);
    await host.syncUntilDone();
    expect(await host.archivedIds()).toEqual(host.jiraIds());
  });

  it('no gap and no duplicate while Jira writes records during the backfill', async () => {
    writeOnEachRequest = true;
    for (let call = 0; call < 30; call += 1) {
      clock.advance(5 * 60_000);
      const answer = await host.sync();
      if (answer.ok && answer.done) break;
    }
    writeOnEachRequest = false;
    expect(host.jira.allRecords().length).toBeGreaterThan(log.length + 40);
    // Records written during the last call came after its pin: the next call takes them, as it would any new record.
    clock.advance(5 * 60_000);
    await host.syncUntilDone();
    expect(await host.archivedIds()).toEqual(host.jiraIds());
  });
});
