/**
 * syncArchive's Jira requests: a backfill of 100,000 records (against the ⌈100,000 / 1000⌉ pages it must read),
 * with calls back to back, with the trigger alone five minutes apart, and five minutes apart with the async-events
 * continuation (the manifest's consumer run by the Forge host), then the steady state (fewer than 1000 new records).
 */
import { createArchiveDeps } from '../src/archive/archive-deps';
import { createSyncArchive, createSyncContinuation } from '../src/archive/sync/sync-archive';
import { createJiraDeps } from '../src/jira/jira-deps';
import { createFakeClock } from '../src/jira/testing/fake-clock';
import { createAsyncEventsHost } from '../src/testing/forge-host/async-events';
import { routeForgeFetch } from '../src/testing/forge-host/forge-fetch';
import { forgeFetchSlot } from '../src/testing/forge-host/forge-fetch-slot';
import { runScheduledFunction } from '../src/testing/forge-host/invoke-function';
import { bindConsumers } from '../src/testing/forge-host/manifest-consumers';
import { startLocalForgeSql } from '../src/testing/mariadb/local-forge-sql';
import {
  createMockJira,
  formatJiraDate,
  generateAuditLog,
  type MockJira,
} from '../src/testing/mock-jira';
import type { SyncArchiveResult } from '../src/contract';
import { runStandalone, type BenchRow, type BenchSection } from './support/report';

const COUNT = 100_000;
const AUTHORS = 48;
const NOW = Date.UTC(2026, 10, 24, 12);
const FIVE_MINUTES = 5 * 60_000;

const requests = (jira: MockJira) => ({
  audit: jira.requests.filter((request) => request.url.pathname === '/rest/api/3/auditing/record')
    .length,
  users: jira.requests.filter((request) => request.url.pathname === '/rest/api/3/user/bulk').length,
});

const answered = (answer: unknown) => {
  const result = answer as SyncArchiveResult;
  if (!result.ok) throw new Error(`archive-sync: ${result.error.message}`);
  return result;
};

/**
 * A full backfill from an empty archive; `gapMs` of virtual time between trigger calls. With `continuation`, a call
 * that used up its budget pushes an async event and the Forge host runs the consumer at once (no virtual time passes).
 */
const backfill = async (gapMs: number, continuation: boolean, jiraMs = 0) => {
  const local = await startLocalForgeSql({ prefix: 'ale_bench_sync', bufferPoolMb: 512 });
  const { records, users } = generateAuditLog({
    count: COUNT,
    seed: 2026,
    end: new Date(NOW),
    spanDays: 200,
    authorCount: AUTHORS,
  });
  const jira = createMockJira({ records, users });
  const clock = createFakeClock(NOW + 60_000);
  const jiraDeps = createJiraDeps({ clock });
  const archive = createArchiveDeps(continuation ? {} : { continueSync: async () => undefined });
  const sync = createSyncArchive(jiraDeps, archive);
  const events = createAsyncEventsHost({
    consumers: bindConsumers({
      'index.syncArchiveContinuation': createSyncContinuation(jiraDeps, archive),
    }),
  });
  const slot = forgeFetchSlot(
    routeForgeFetch({
      // Each Jira answer takes `jiraMs` of virtual time (the sync's budget and the mark's age run on that clock).
      jira: (target, path, init) => {
        clock.advance(jiraMs);
        return jira.fetch(target, path, init);
      },
      sql: local.sql.fetch,
      events: events.fetch,
    }),
  );
  slot.install();
  const call = () => runScheduledFunction(sync, { moduleKey: 'archive-sync' });
  try {
    const started = Date.now();
    let calls = 0;
    let added = 0;
    for (;;) {
      const seen = events.delivered.length;
      const answer = answered(await call());
      await events.idle();
      const chain = events.delivered.slice(seen).map((delivery) => answered(delivery.result));
      calls += 1 + chain.length;
      added += [answer, ...chain].reduce((sum, each) => sum + (each.ok ? each.added : 0), 0);
      const last = chain.at(-1) ?? answer;
      if (last.ok && last.done) break;
      clock.advance(gapMs);
    }
    const seconds = (Date.now() - started) / 1000;
    const backfilled = {
      ...requests(jira),
      calls,
      added,
      seconds,
      consumers: events.delivered.length,
    };
    // Steady state: new records written over the five minutes between two scheduled calls.
    const steady: number[] = [];
    for (const fresh of [1, 50, 400, 999]) {
      jira.clearRequests();
      const gapStart = clock.now();
      clock.advance(FIVE_MINUTES);
      for (let index = 0; index < fresh; index += 1)
        jira.addRecord({
          created: formatJiraDate(gapStart + 1 + Math.floor((index * (FIVE_MINUTES - 2)) / fresh)),
          authorAccountId: users[index % AUTHORS]!.accountId,
        });
      const answer = answered(await call());
      if (!answer.ok || !answer.done || answer.added !== fresh)
        throw new Error('archive-sync: steady state fell behind');
      steady.push(jira.requests.length);
    }
    return { backfilled, steady };
  } finally {
    slot.uninstall();
    await local.close();
  }
};

export const run = async (): Promise<BenchSection> => {
  const pages = Math.ceil(COUNT / 1000);
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  for (const [name, gap, continuation, jiraMs] of [
    ['calls back to back', 0, false, 0],
    ['calls 5 minutes apart (the trigger alone)', FIVE_MINUTES, false, 0],
    ['on the five-minute schedule with the async-events continuation', FIVE_MINUTES, true, 0],
    [
      'on the five-minute schedule with the async-events continuation, Jira taking 1.5 s a request',
      FIVE_MINUTES,
      true,
      1_500,
    ],
  ] as const) {
    const { backfilled, steady } = await backfill(gap, continuation, jiraMs);
    const total = backfilled.audit + backfilled.users;
    rows.push({
      benchmark: `backfill of ${COUNT.toLocaleString('en')} records (${AUTHORS} authors), ${name}`,
      measured: `${total} requests (${backfilled.audit} audit + ${backfilled.users} user/bulk) in ${backfilled.calls} calls${continuation ? ` (${backfilled.consumers} by the consumer)` : ''}`,
      baseline: `${pages} pages of 1000`,
      ratio: total / pages,
      goal: '≤ 1.02×',
      met: total <= 1.02 * pages,
    });
    if (gap === 0)
      rows.push({
        benchmark: 'steady state: one scheduled call after 1, 50, 400, 999 new records',
        measured: `${steady.join(', ')} Jira requests`,
        baseline: '1 request each',
        goal: '1 per sync when < 1000 new',
        met: steady.every((count) => count === 1),
      });
    notes.push(
      `${name}: ${backfilled.added.toLocaleString('en')} records added, ${backfilled.seconds.toFixed(0)} s of wall time on this machine (MariaDB through the Forge SQL bridge; ${jiraMs > 0 ? `each Jira answer ${jiraMs / 1000} s of virtual time` : 'Jira answers at once'}).`,
    );
  }
  notes.push(
    'Each call may send 30 requests: 26 pages, the rest kept for retries and an author lookup. Trigger calls five minutes apart each start with a catch-up request (the contract: catch up first), which a backfilling call skips while the mark is under four minutes old (backfillLagMs). With the continuation, a call that used up its budget pushes one async event and the consumer runs the next call at once, while the mark is that fresh: no consumer call catches up first, whether Jira answers at once or takes 1.5 s (a call then lasts about 35 s, and the chain of 100 pages about 3 minutes); the last call catches up for the minutes the chain took.',
  );
  return { title: 'Archive sync: Jira requests', rows, notes };
};

runStandalone(module, run);
