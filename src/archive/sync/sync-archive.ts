/**
 * `syncArchive`: the scheduled trigger's function. Each call does bounded work (archive-settings.ts) as the app:
 * catch up with what Jira wrote since the synced-through mark, continue the backfill toward the oldest record, then
 * apply retention and the size budget. Concurrent calls are kept apart by a lease; every step resumes from what
 * was committed. A call that stopped only because its budget ran out asks for a continuation (continue-sync.ts).
 */
import { randomUUID } from 'node:crypto';
import type { SyncArchiveResult } from '../../contract';
import type { JiraDeps } from '../../jira/jira-deps';
import { startJiraSession } from '../../jira/jira-session';
import type { ArchiveDeps } from '../archive-deps';
import { guardArchive } from '../archive-failure';
import { markSynced, readState, releaseLease, startArchive, takeLease } from '../archive-state';
import { backfill } from './backfill';
import { catchUp } from './catch-up';
import { keepWithinLimits } from './keep-within-limits';
import type { SyncContext } from './read-window';

/** What Forge passes a scheduled trigger's function. */
export interface SyncEvent {
  readonly context?: { readonly cloudId?: string; readonly moduleKey?: string };
}

// Time kept after the last Jira answer for storing its page and the bookkeeping after it.
const STORE_RESERVE_MS = 5_000;
const RETENTION_BATCHES = 20;

interface SyncRun {
  readonly result: SyncArchiveResult;
  /** Stopped with work left only because the call's time or requests ran out (not told to wait, not failed). */
  readonly budgetBound: boolean;
}

const runSync = async (jira: JiraDeps, archive: ArchiveDeps, started: number): Promise<SyncRun> => {
  const { db, settings } = archive;
  const session = startJiraSession('app', jira, settings.syncBudgetMs - STORE_RESERVE_MS);
  const worstCase = 1 + jira.timing.maxRetries; // one request and its retries
  const left = () => settings.syncMaxRequests - session.sent.count;
  const context: SyncContext = {
    archive,
    session,
    mayAsk: () => left() >= worstCase && jira.clock.now() < session.deadline,
    // A page may need an author lookup after it.
    mayReadPage: () =>
      left() >= 2 * worstCase && jira.clock.now() < session.deadline - STORE_RESERVE_MS,
  };
  let state = await readState(db);
  if (state.syncedThrough === undefined) {
    await startArchive(db, started);
    state = await readState(db);
  }
  // While backfilling, a mark younger than `backfillLagMs` can wait: the backfill goes first, the catch-up last.
  const backfilling = state.backfill?.done === false;
  const catchUpFirst =
    state.catchUp !== undefined || started - (state.syncedThrough ?? 0) >= settings.backfillLagMs;
  const phases = !backfilling
    ? [catchUp]
    : catchUpFirst
      ? [catchUp, backfill]
      : [backfill, catchUp];
  let added = 0;
  let finished = 0;
  let waiting = false;
  for (const phase of phases) {
    const outcome = await phase(context, started);
    if (!outcome.ok) return { result: outcome, budgetBound: false };
    added += outcome.added;
    waiting = outcome.waiting;
    if (!outcome.finished) break;
    finished += 1;
  }
  await keepWithinLimits(archive, await readState(db), started, RETENTION_BATCHES);
  const done = finished === phases.length;
  return { result: { ok: true, added, done }, budgetBound: !done && !waiting };
};

export const createSyncArchive =
  (jira: JiraDeps, archive: ArchiveDeps) =>
  async (_event?: SyncEvent): Promise<SyncArchiveResult> =>
    guardArchive(async () => {
      const started = jira.clock.now();
      await archive.schema.ready();
      const owner = randomUUID();
      // The lease's holder continues the chain if it needs to: a call that lost the lease asks for nothing.
      if (!(await takeLease(archive.db, owner, started, archive.settings.leaseMs)))
        return { ok: true, added: 0, done: false };
      let run: SyncRun;
      try {
        run = await runSync(jira, archive, started);
        if (run.result.ok) await markSynced(archive.db, jira.clock.now());
      } finally {
        // An unreleased lease expires by itself; a failed release must not hide the call's own answer.
        await releaseLease(archive.db, owner).catch(() => undefined);
      }
      // After the release, so the continuation finds the lease free; a lost push costs only time (the trigger).
      if (run.budgetBound) await archive.continueSync().catch(() => undefined);
      return run.result;
    });

/** What Forge passes an async-events consumer (@forge/events v2+): the pushed event and the queue's ids. */
export interface ContinuationEvent {
  readonly body?: unknown;
  readonly queueName?: string;
  readonly jobId?: string;
  readonly eventId?: string;
}

/** The consumer of SYNC_QUEUE (manifest.yml): the same sync, at once; the event carries nothing it needs. */
export const createSyncContinuation = (jira: JiraDeps, archive: ArchiveDeps) => {
  const sync = createSyncArchive(jira, archive);
  return (_event?: ContinuationEvent, _context?: unknown): Promise<SyncArchiveResult> => sync();
};
