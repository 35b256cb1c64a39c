/**
 * Runs an export: asks for pages as the paging plan says, at most `maxInFlight` at a time, retries
 * retryable failures with backoff, and stops (resumably) on anything else. Platform-free: `fetchPage` is injected.
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

export type FetchPage = (range: PageRange) => Promise<AuditPageResult>;

export interface ExportProgress {
  readonly records: number;
  readonly pages: number;
  readonly retrying: boolean;
}

export type ExportOutcome =
  | { readonly status: 'done'; readonly records: readonly AuditRecord[]; readonly pages: number }
  | { readonly status: 'paused'; readonly error: ResolverError; readonly records: number }
  | { readonly status: 'cancelled' };

export interface ExportJobOptions {
  readonly fetchPage: FetchPage;
  readonly limit?: number;
  readonly maxInFlight?: number;
  /** Tries per page before the export pauses. */
  readonly maxAttempts?: number;
  readonly backoffMs?: (attempt: number) => number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly onProgress?: (progress: ExportProgress) => void;
}

const defaultBackoff = (attempt: number) => Math.min(8000, 1000 * 2 ** (attempt - 1));
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A thrown invoke (network, bridge) is worth another try; report it like a Jira hiccup. */
const fromThrown = (error: unknown): ResolverError => ({
  code: 'JIRA_ERROR',
  retryable: true,
  message: `The request failed: ${error instanceof Error ? error.message : String(error)}`,
});

type Attempt =
  | { ok: true; records: readonly AuditRecord[]; hasMore: boolean }
  | { ok: false; error: ResolverError };

export const createExportJob = (options: ExportJobOptions) => {
  const {
    fetchPage,
    maxAttempts = 3,
    backoffMs = defaultBackoff,
    sleep = defaultSleep,
    onProgress,
  } = options;
  let plan: PagingPlan = startPlan({ limit: options.limit, maxInFlight: options.maxInFlight });
  const pages = new Map<number, readonly AuditRecord[]>();
  let cancelled = false;
  let retrying = 0;
  let onCancel = () => {};
  const cancelledSignal = new Promise<void>((resolve) => {
    onCancel = resolve;
  });

  const report = () =>
    onProgress?.({
      records: recordsSoFar(plan),
      pages: resultOffsets(plan).length,
      retrying: retrying > 0,
    });

  const tryOnce = async (range: PageRange): Promise<Attempt> => {
    try {
      const result = await fetchPage(range);
      if (!result.ok) return result;
      if (result.records.length === 0 && result.hasMore) {
        return {
          ok: false,
          error: {
            code: 'JIRA_ERROR',
            message: 'Jira returned an empty page inside the log.',
            retryable: true,
          },
        };
      }
      return { ok: true, records: result.records, hasMore: result.hasMore };
    } catch (error) {
      return { ok: false, error: fromThrown(error) };
    }
  };

  /** One page with its retries; resolves to the error that stops the export, if any. */
  const fetchWithRetries = async (range: PageRange): Promise<ResolverError | undefined> => {
    for (let attempt = 1; ; attempt++) {
      const outcome = await tryOnce(range);
      if (cancelled) return undefined;
      if (outcome.ok) {
        pages.set(range.offset, outcome.records.slice(0, range.limit));
        plan = completePage(plan, range, {
          count: outcome.records.length,
          hasMore: outcome.hasMore,
        });
        report();
        return undefined;
      }
      if (!outcome.error.retryable || attempt >= maxAttempts) {
        plan = failPage(plan, range);
        return outcome.error;
      }
      retrying++;
      report();
      await sleep(backoffMs(attempt));
      retrying--;
      if (cancelled) return undefined;
    }
  };

  /** Runs until done, cancelled or stopped by a failure; after a stop, call again to resume where it left off. */
  const run = async (): Promise<ExportOutcome> => {
    let stop: ResolverError | undefined;
    const running = new Set<Promise<void>>();
    report();
    while (!cancelled && !isComplete(plan)) {
      if (!stop) {
        const taken = takeRequests(plan);
        plan = taken.plan;
        for (const range of taken.ranges) {
          const task = fetchWithRetries(range).then((error) => {
            stop ??= error;
            running.delete(task);
          });
          running.add(task);
        }
      }
      if (running.size === 0) break;
      await Promise.race([cancelledSignal, ...running]);
    }
    if (cancelled) return { status: 'cancelled' };
    if (isComplete(plan)) {
      const offsets = resultOffsets(plan);
      const records = offsets.flatMap((offset) =>
        (pages.get(offset) ?? []).slice(0, plan.done.get(offset)),
      );
      return { status: 'done', records, pages: offsets.length };
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

  return {
    run,
    /** Stops at once: answers still on their way are dropped. */
    cancel: () => {
      cancelled = true;
      onCancel();
    },
  };
};
