/**
 * Runs an export: asks for pages as the paging plan says (at most `maxInFlight` at a time), hands each page's
 * records over in the log's order as soon as every record before them is in, reads failed pages again as the
 * retry policy says, and stops (resumably) on anything else. It keeps only pages that arrived ahead of a late
 * one, never the export's records. Platform-free: `fetchPage` is injected. With `fetchArchivePage` it reads the
 * app's archive first (archive-job.ts) and pages Jira only when the archive says it does not hold the range.
 */
import type { AuditPageResult, AuditRecord, ResolverError } from '../contract';
import {
  completePage,
  failPage,
  isComplete,
  recordsSoFar,
  resultOffsets,
  startPlan,
  takeRequests,
  type PageRange,
  type PagingPlan,
} from './paging-plan';
import { DEFAULT_RETRY_POLICY, fromThrown, nextReadAfter, type RetryPolicy } from './retry-policy';
import { createArchiveJob, type FetchArchivePage } from './archive-job';

export type FetchPage = (range: PageRange) => Promise<AuditPageResult>;

export interface ExportProgress {
  /** Records answered so far (some may still wait for an earlier page before they are handed over). */
  readonly records: number;
  readonly pages: number;
  readonly retrying: boolean;
}

export type ExportOutcome =
  /** `received`: records handed to `onRecords`, counted by the job. */
  | { readonly status: 'done'; readonly received: number; readonly pages: number }
  | { readonly status: 'paused'; readonly error: ResolverError; readonly records: number }
  | { readonly status: 'cancelled' };

export interface ExportJobOptions {
  readonly fetchPage: FetchPage;
  /** exportAudit, tried first: its pages when the archive holds the range, else the export pages `fetchPage`. */
  readonly fetchArchivePage?: FetchArchivePage;
  /** Each page's records in the log's order, once every record before them has been handed over. */
  readonly onRecords?: (records: readonly AuditRecord[]) => void;
  readonly onProgress?: (progress: ExportProgress) => void;
  readonly limit?: number;
  readonly maxInFlight?: number;
  readonly retry?: Partial<RetryPolicy>;
  readonly sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const EMPTY_INSIDE: ResolverError = {
  code: 'JIRA_ERROR',
  message: 'Jira returned an empty page inside the log.',
  retryable: true,
};

/** Jira's pages contradicted each other about where the log ends: reading on cannot fix that. */
const PAGES_DISAGREE: ResolverError = {
  code: 'JIRA_ERROR',
  message: 'The pages Jira sent did not fit together. Export again.',
  retryable: false,
};

type Attempt =
  | { ok: true; records: readonly AuditRecord[]; hasMore: boolean }
  | { ok: false; error: ResolverError };

const createJiraJob = (options: ExportJobOptions) => {
  const { fetchPage, onRecords, onProgress, sleep = defaultSleep } = options;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  let plan: PagingPlan = startPlan({ limit: options.limit, maxInFlight: options.maxInFlight });
  /** Answered pages not yet handed over, by offset: only those that came in ahead of a late one. */
  const ahead = new Map<number, readonly AuditRecord[]>();
  /** Records handed over, which is also the offset of the next record to hand over. */
  let received = 0;
  let cancelled = false;
  let retrying = 0;
  /** Pages waiting out a rate limit: no new pages start meanwhile, so the export does not feed the storm. */
  let coolingDown = 0;
  let onCancel = () => {};
  const cancelledSignal = new Promise<void>((resolve) => {
    onCancel = resolve;
  });
  const cancel = () => {
    cancelled = true;
    onCancel();
  };

  const report = () =>
    onProgress?.({
      records: recordsSoFar(plan),
      pages: resultOffsets(plan).length,
      retrying: retrying > 0,
    });

  /** Hands over every page that is now next in line; drops pages the end of the log made moot. */
  const handOver = () => {
    for (const offset of ahead.keys()) if (!plan.done.has(offset)) ahead.delete(offset);
    for (;;) {
      const records = ahead.get(received);
      const count = plan.done.get(received);
      if (records === undefined || count === undefined || count === 0) return;
      ahead.delete(received);
      const page = records.length > count ? records.slice(0, count) : records;
      received += page.length;
      onRecords?.(page);
    }
  };

  const tryOnce = async (range: PageRange): Promise<Attempt> => {
    try {
      const result = await fetchPage(range);
      if (!result.ok) return result;
      if (result.records.length === 0 && result.hasMore) return { ok: false, error: EMPTY_INSIDE };
      return { ok: true, records: result.records, hasMore: result.hasMore };
    } catch (error) {
      return { ok: false, error: fromThrown(error) };
    }
  };

  /** One page with its retries; resolves to the error that stops the export, if any. */
  const readPage = async (range: PageRange): Promise<ResolverError | undefined> => {
    for (let attempt = 1; ; attempt++) {
      const outcome = await tryOnce(range);
      if (cancelled) return undefined;
      if (outcome.ok) {
        const { records, hasMore } = outcome;
        ahead.set(
          range.offset,
          records.length > range.limit ? records.slice(0, range.limit) : records,
        );
        plan = completePage(plan, range, { count: records.length, hasMore });
        handOver();
        report();
        return undefined;
      }
      const waitMs = nextReadAfter(policy, attempt, outcome.error);
      if (waitMs === undefined) {
        plan = failPage(plan, range);
        return outcome.error;
      }
      const rateLimited = outcome.error.code === 'RATE_LIMITED';
      retrying++;
      if (rateLimited) coolingDown++;
      report();
      await sleep(waitMs);
      retrying--;
      if (rateLimited) coolingDown--;
      if (cancelled) return undefined;
    }
  };

  /** Runs until done, cancelled or stopped by a failure; after a stop, call again to resume where it left off. */
  const run = async (): Promise<ExportOutcome> => {
    let stop: ResolverError | undefined;
    let thrown: { error: unknown } | undefined;
    const running = new Set<Promise<void>>();
    report();
    while (!cancelled && !isComplete(plan)) {
      if (!stop && coolingDown === 0) {
        const taken = takeRequests(plan, { until: received + plan.maxInFlight * plan.limit });
        plan = taken.plan;
        for (const range of taken.ranges) {
          const task = readPage(range)
            .then((error) => {
              stop ??= error;
            })
            // onRecords failed (the file could not be written): nothing more is worth reading.
            .catch((error: unknown) => {
              thrown ??= { error };
              cancel();
            })
            .finally(() => running.delete(task));
          running.add(task);
        }
      }
      if (running.size === 0) break;
      await Promise.race([cancelledSignal, ...running]);
    }
    if (thrown) throw thrown.error;
    if (cancelled) return { status: 'cancelled' };
    if (isComplete(plan)) {
      if (received === plan.end)
        return { status: 'done', received, pages: resultOffsets(plan).length };
      return { status: 'paused', error: PAGES_DISAGREE, records: recordsSoFar(plan) };
    }
    return {
      status: 'paused',
      error: stop ?? {
        code: 'JIRA_ERROR',
        message: 'The export stopped unexpectedly.',
        retryable: true,
      },
      records: recordsSoFar(plan),
    };
  };

  /** Stops at once: answers still on their way are dropped. */
  return { run, cancel };
};

export interface ExportJob {
  /** Runs until done, cancelled or stopped by a failure; after a stop, call again to resume where it left off. */
  run(): Promise<ExportOutcome>;
  cancel(): void;
}

export const createExportJob = (options: ExportJobOptions): ExportJob => {
  const jira = createJiraJob(options);
  const { fetchArchivePage, sleep = defaultSleep } = options;
  if (!fetchArchivePage) return jira;
  let cancelled = false;
  let wake = () => {};
  const cancelledSignal = new Promise<void>((resolve) => {
    wake = resolve;
  });
  const archive = createArchiveJob({
    fetchArchivePage,
    onRecords: options.onRecords,
    onProgress: options.onProgress,
    policy: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    sleep: (ms) => Promise.race([sleep(ms), cancelledSignal]),
    isCancelled: () => cancelled,
  });
  let fromJira = false;
  return {
    run: async () => {
      if (!fromJira) {
        const outcome = await archive.run();
        if (outcome.status !== 'jira') return outcome;
        fromJira = true;
      }
      return jira.run();
    },
    cancel: () => {
      cancelled = true;
      wake();
      jira.cancel();
    },
  };
};
