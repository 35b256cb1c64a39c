/**
 * One whole sync run from an empty archive (3 pages of records, two authors), with a fault at one request, then clean
 * calls until done; the archive must then hold exactly Jira's records, each once, each with its body.
 */
import { useArchiveHost, type ArchiveHost } from '../../archive/testing/archive-host';
import { createFakeClock, type FakeClock } from '../../jira/testing/fake-clock';
import type { ForgeFetch } from '../../testing/forge-host/forge-fetch';
import { mockUser, rawRecords } from '../../testing/mock-jira';

const users = [mockUser(1), mockUser(2)];
const LOG = rawRecords(260, (index) => ({
  authorAccountId: index % 5 === 0 ? undefined : users[index % 2]!.accountId,
  objectItem: {
    id: String(index % 9),
    name: `Item ${index % 9}`,
    typeName: index % 2 ? 'PROJECT' : 'GROUP',
  },
}));
const SETTINGS = { pageSize: 100 };
const LEASE_MS = 90_000;

export interface FaultRun {
  readonly host: ArchiveHost;
  clock(): FakeClock;
  /** Fail Jira's nth request (1 = the first) with `answer`. */
  failJira(nth: number, answer: () => Promise<Response>): void;
  /** Jira requests since the last failJira. */
  jiraRequests(): number;
  /** After the faulty call(s): clean calls until done, then the archive against Jira. */
  finishAndCompare(): Promise<void>;
}

export const useFaultRun = (): FaultRun => {
  let clock: FakeClock;
  let failAt = 0;
  let failure: () => Promise<Response> = async () => new Response('', { status: 500 });
  let sent = 0;
  const wrapJira =
    (fetch: ForgeFetch): ForgeFetch =>
    async (target, path, init) => {
      sent += 1;
      return sent === failAt ? failure() : fetch(target, path, init);
    };
  const host = useArchiveHost(() => ({ records: LOG, users, wrapJira }));
  beforeEach(() => {
    clock = createFakeClock(Date.now());
    failAt = 0;
    sent = 0;
    host.restart({ clock, settings: SETTINGS });
  });
  return {
    host,
    clock: () => clock,
    failJira(nth, answer) {
      failAt = nth;
      failure = answer;
      sent = 0;
    },
    jiraRequests: () => sent,
    async finishAndCompare() {
      host.sql.setFault(undefined);
      failAt = 0;
      // A call that failed may not have released its lease; and a new function instance, as after a crash.
      clock.advance(LEASE_MS + 1);
      host.restart({ clock, settings: SETTINGS });
      const answers = await host.syncUntilDone(20);
      expect(answers.at(-1)).toMatchObject({ ok: true, done: true });
      const archived = await host.query<{ id: number }>(
        'SELECT id FROM archive_record ORDER BY id',
      );
      const bodies = await host.query<{ n: number }>(
        'SELECT COUNT(*) AS n FROM archive_record_body',
      );
      expect(archived.map((row) => row.id)).toEqual(
        LOG.map((record) => record.id).sort((a, b) => a - b),
      );
      expect(bodies[0]!.n).toBe(LOG.length);
      const page = await host.searchAudit({ limit: 200 });
      expect(page.ok && page.records.length).toBe(200);
      const named = page.ok ? page.records.filter((record) => record.author) : [];
      expect(named.length).toBe(
        page.ok ? page.records.filter((record) => record.authorAccountId).length : -1,
      );
    },
  };
};
