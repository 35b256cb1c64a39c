/**
 * syncArchive's continuation (archive-contract.md, "Sync": "A call may also push work to an async-events queue; the
 * trigger alone must still finish the job"): a call that used up its budget pushes one event, manifest.yml's consumer
 * runs the same sync at once, and the chain skips the catch-up a call five minutes later would start with.
 */
import { createFakeClock, type FakeClock } from '../../jira/testing/fake-clock';
import { formatJiraDate, mockUser, rawRecords } from '../../testing/mock-jira';
import type { ForgeFetch } from '../../testing/forge-host/forge-fetch';
import { useArchiveHost } from '../testing/archive-host';

const PAGE = 100;
const users = [mockUser(1), mockUser(2), mockUser(3)];
// Ten pages of 100, and calls of at most 10 requests (a few pages each): the backfill takes several calls, while the
// whole run stays far under Forge SQL's 150 DML requests a second (the host enforces it; Jira answers at once here).
const MAX_REQUESTS = 10;
const log = rawRecords(1_000, (index) => ({ authorAccountId: users[index % 3]!.accountId }));
const FIVE_MINUTES = 5 * 60_000;
const QUEUE = 'archive-sync'; // manifest.yml's consumer module

let clock: FakeClock;
let asyncEvents: 'hold' | 'deliver' = 'hold';
/** Called before each Jira request the app sends, with how many it sent so far in the test. */
let beforeJira: (count: number) => void = () => undefined;
let failPush = false;
let sent = 0;
const host = useArchiveHost(() => ({
  records: log,
  users,
  asyncEvents,
  wrapJira: (fetch) => (target, path, init) => {
    beforeJira((sent += 1));
    return fetch(target, path, init);
  },
  wrapEvents:
    (fetch): ForgeFetch =>
    (target, path, init) =>
      failPush
        ? Promise.resolve(new Response('{"message":"unavailable"}', { status: 500 }))
        : fetch(target, path, init),
}));

const auditRequests = () =>
  host.jira.requests.filter((request) => request.url.pathname === '/rest/api/3/auditing/record');
const addedBy = (answers: readonly unknown[]) =>
  answers.reduce<number>((sum, answer) => sum + ((answer as { added?: number }).added ?? 0), 0);

const isDone = (answer: unknown) => (answer as { done?: boolean } | undefined)?.done === true;

beforeEach(() => {
  sent = 0;
  beforeJira = () => undefined;
  failPush = false;
  clock = createFakeClock(Date.UTC(2026, 10, 24, 12));
  host.restart({ clock, settings: { pageSize: PAGE, syncMaxRequests: MAX_REQUESTS } });
});

describe('syncArchive continuation, events held', () => {
  beforeAll(() => {
    asyncEvents = 'hold';
  });

  it('a call that used up its budget pushes exactly one continuation to the queue', async () => {
    const answer = await host.sync();
    expect(answer).toMatchObject({ ok: true, done: false });
    expect(host.events.pushed).toEqual([expect.objectContaining({ queueName: QUEUE, body: {} })]);
  });

  it('a done call pushes none', async () => {
    for (let call = 0; call < 10; call += 1) {
      const answer = await host.sync();
      if (answer.ok && answer.done) break;
      clock.advance(FIVE_MINUTES);
    }
    const before = host.events.pushed.length;
    clock.advance(FIVE_MINUTES);
    host.jira.addRecord({ created: formatJiraDate(clock.now() - 1_000) });
    expect(await host.sync()).toEqual({ ok: true, added: 1, done: true });
    expect(host.events.pushed).toHaveLength(before);
  });

  it('a call Jira told to wait (429 after the retries) pushes none', async () => {
    beforeJira = (count) => {
      if (count === 3)
        host.jira.setFault({ kind: 'status', status: 429, retryAfter: 1, path: 'audit' });
    };
    const answer = await host.sync();
    expect(answer).toEqual({ ok: true, added: PAGE, done: false });
    expect(host.events.pushed).toHaveLength(0);
  });

  it('a failed call (Jira refuses: 403) pushes none', async () => {
    beforeJira = (count) => {
      if (count === 3) host.jira.setFault({ kind: 'status', status: 403, path: 'audit' });
    };
    const answer = await host.sync();
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(host.events.pushed).toHaveLength(0);
  });

  it('a failing push does not fail the call, and the trigger alone still finishes the job', async () => {
    failPush = true;
    const answers = [await host.sync()];
    expect(answers[0]).toMatchObject({ ok: true, done: false });
    for (let call = 0; call < 10 && !(answers.at(-1) as { done?: boolean }).done; call += 1) {
      clock.advance(FIVE_MINUTES);
      answers.push(await host.sync());
    }
    expect(answers.at(-1)).toEqual(expect.objectContaining({ ok: true, done: true }));
    expect(host.events.pushed).toHaveLength(0);
    expect(addedBy(answers)).toBe(log.length);
    expect(await host.archivedIds()).toEqual(host.jiraIds());
  });

  it('a call that finds the mark four minutes old while backfilling catches up first', async () => {
    await host.sync();
    host.jira.clearRequests();
    clock.advance(4 * 60_000);
    host.jira.addRecord({ created: formatJiraDate(clock.now() - 1_000) });
    const answer = await host.sync();
    expect(answer).toMatchObject({ ok: true, done: false });
    const windows = auditRequests().map((request) => request.url.searchParams.get('to'));
    expect(windows[0]).toBe(new Date(clock.now()).toISOString());
    expect(windows.slice(1)).not.toContain(new Date(clock.now()).toISOString());
  });

  it('a consumer call overlapping a trigger call loses and duplicates nothing, and the chain stays single', async () => {
    const triggers = [await host.sync()];
    expect(host.events.waiting()).toBe(1);
    clock.advance(FIVE_MINUTES);
    const [overlapping] = await Promise.all([host.sync(), host.events.deliverNext()]);
    triggers.push(overlapping);
    // Two overlapping calls hold one lease between them: at most one of them continues the chain.
    expect(host.events.waiting()).toBeLessThanOrEqual(1);
    host.events.release();
    await host.events.idle();
    for (let call = 0; call < 10 && !isDone(triggers.at(-1));) {
      call += 1;
      clock.advance(FIVE_MINUTES);
      triggers.push(await host.sync());
      await host.events.idle();
    }
    expect(triggers.at(-1)).toMatchObject({ ok: true, done: true });
    const consumers = host.events.delivered.map((delivery) => delivery.result);
    expect(addedBy([...triggers, ...consumers])).toBe(log.length);
    expect(await host.archivedIds()).toEqual(host.jiraIds());
  });
});

describe('syncArchive continuation, events delivered as Forge does', () => {
  beforeAll(() => {
    asyncEvents = 'deliver';
  });

  it('a chain of consumer calls finishes the backfill with no gap, no duplicate and no catch-up per call', async () => {
    const first = await host.sync();
    await host.events.idle();
    const answers = [first, ...host.events.delivered.map((delivery) => delivery.result)];
    // Ten pages, fewer than ten a call: the trigger's call and consumer calls, each but the last pushing the next.
    expect(answers.length).toBeGreaterThan(2);
    expect(answers.at(-1)).toMatchObject({ ok: true, done: true });
    for (const answer of answers.slice(0, -1))
      expect(answer).toMatchObject({ ok: true, done: false });
    expect(host.events.pushed).toHaveLength(answers.length - 1);
    expect(addedBy(answers)).toBe(log.length);
    expect(await host.archivedIds()).toEqual(host.jiraIds());
    // Each page read once, and no call started with a catch-up request.
    expect(auditRequests()).toHaveLength(Math.ceil(log.length / PAGE));
  });

  it('a chain with slow Jira answers spends no request on catch-ups while the mark is under four minutes old', async () => {
    // Each answer takes 8 s: a call stops at its 40 s budget after a few pages, and the chain runs for minutes.
    beforeJira = () => clock.advance(8_000);
    const started = clock.now();
    await host.sync();
    await host.events.idle();
    expect(1 + host.events.delivered.length).toBeGreaterThan(3); // the trigger's call and its chain
    expect(clock.now() - started).toBeGreaterThan(90_000); // past the search's one-minute freshness
    expect(clock.now() - started).toBeLessThan(4 * 60_000);
    expect(addedBy(host.events.delivered.map((delivery) => delivery.result))).toBeGreaterThan(0);
    expect(await host.archivedIds()).toEqual(host.jiraIds());
    // Every page once in the first call's window, then the one catch-up the last call owes for the minutes since.
    const windows = auditRequests().map((request) => request.url.searchParams.get('to'));
    expect(windows.slice(0, -1)).toEqual(
      Array(Math.ceil(log.length / PAGE)).fill(new Date(started).toISOString()),
    );
    expect(windows.at(-1)).not.toBe(new Date(started).toISOString());
  });

  it('the next trigger call after the chain catches up in one request and pushes nothing', async () => {
    await host.sync();
    await host.events.idle();
    const pushed = host.events.pushed.length;
    host.jira.clearRequests();
    clock.advance(FIVE_MINUTES);
    host.jira.addRecord({ created: formatJiraDate(clock.now() - 1_000) });
    expect(await host.sync()).toEqual({ ok: true, added: 1, done: true });
    expect(host.jira.requests).toHaveLength(1);
    expect(host.events.pushed).toHaveLength(pushed);
  });
});
