/**
 * The export's archive path: follows exportAudit's cursors (each page is already up to 5,000 records), asking for the
 * next page as soon as a cursor arrives so the resolver reads it while this page is written, hands each page over in
 * order, and reads a failed page again as the retry policy says. Its first page may say the archive does not hold the range: then the Jira path runs.
 */
import type { AuditRecord, ExportAuditResult, ResolverError } from '../contract';
import type { ExportOutcome, ExportProgress } from './job';
import { fromThrown, nextReadAfter, type RetryPolicy } from './retry-policy';

/** exportAudit with the export's search: the first page without a cursor, then each nextCursor. */
export type FetchArchivePage = (cursor: string | undefined) => Promise<ExportAuditResult>;

/** What the archive path ends in: the export's outcome, or the answer that Jira must be read instead. */
export type ArchiveOutcome = ExportOutcome | { readonly status: 'jira' };

export interface ArchiveJobOptions {
  readonly fetchArchivePage: FetchArchivePage;
  readonly onRecords?: (records: readonly AuditRecord[]) => void;
  readonly onProgress?: (progress: ExportProgress) => void;
  readonly policy: RetryPolicy;
  /** Resolves after `ms`, or early when the export is cancelled. */
  readonly sleep: (ms: number) => Promise<void>;
  readonly isCancelled: () => boolean;
}

/** Only a first page may send the export to Jira: pages of one export cannot come from two sources. */
const SOURCE_CHANGED: ResolverError = {
  code: 'JIRA_ERROR',
  message: "The app's archive stopped answering this export half-way. Export again.",
  retryable: false,
};

const EMPTY_INSIDE: ResolverError = {
  code: 'JIRA_ERROR',
  message: "The app's archive returned an empty page inside the export. Export again.",
  retryable: false,
};

type Read =
  | { readonly ok: true; readonly records: readonly AuditRecord[]; readonly next?: string }
  | { readonly ok: false; readonly error: ResolverError }
  | { readonly ok: 'jira' };

export const createArchiveJob = (options: ArchiveJobOptions) => {
  const { fetchArchivePage, onRecords, onProgress, policy, sleep, isCancelled } = options;
  /** The next page's cursor; undefined before the first page. */
  let cursor: string | undefined;
  let started = false;
  let received = 0;
  let pages = 0;

  const report = (retrying: boolean) => onProgress?.({ records: received, pages, retrying });

  const readOnce = async (at: string | undefined): Promise<Read> => {
    try {
      const answer = await fetchArchivePage(at);
      if (!answer.ok) return answer;
      if (answer.source === 'jira')
        return started ? { ok: false, error: SOURCE_CHANGED } : { ok: 'jira' };
      if (answer.records.length === 0 && answer.nextCursor !== undefined)
        return { ok: false, error: EMPTY_INSIDE };
      return { ok: true, records: answer.records, next: answer.nextCursor };
    } catch (error) {
      return { ok: false, error: fromThrown(error) };
    }
  };

  /** The page at `at` with its retries. */
  const readPage = async (at: string | undefined): Promise<Read | undefined> => {
    for (let attempt = 1; ; attempt++) {
      const read = await readOnce(at);
      if (isCancelled()) return undefined;
      if (read.ok !== false) return read;
      // The archive's database refused the first statement outright: Jira can still serve the export.
      if (!started && read.error.code === 'JIRA_ERROR' && !read.error.retryable)
        return { ok: 'jira' };
      const waitMs = nextReadAfter(policy, attempt, read.error);
      if (waitMs === undefined) return read;
      report(true);
      await sleep(waitMs);
      report(false);
      if (isCancelled()) return undefined;
    }
  };

  /** Runs until done, cancelled, paused or sent to Jira; after a pause, call again to resume at the same cursor. */
  const run = async (): Promise<ArchiveOutcome> => {
    report(false);
    let reading = readPage(cursor);
    for (;;) {
      const read = await reading;
      if (read === undefined) return { status: 'cancelled' };
      if (read.ok === 'jira') return { status: 'jira' };
      if (!read.ok) return { status: 'paused', error: read.error, records: received };
      started = true;
      cursor = read.next;
      // Ask for the next page before writing this one: the two overlap.
      if (cursor !== undefined) reading = readPage(cursor);
      onRecords?.(read.records);
      received += read.records.length;
      pages += 1;
      report(false);
      if (cursor === undefined) return { status: 'done', received, pages };
    }
  };

  return { run };
};
