/**
 * The export's state: runs the job through `invoke`, checks ids and counts before offering the file, tells the page
 * whether it runs (so closing asks first), and leaves missing consent to Forge's own prompt.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { isConsentRequired } from '../../../src/contract/consent';
import type { ResolverError } from '../../../src/contract';
import { EXPORT_PAGE_SIZE } from '../../../src/export/paging-plan';
import { createExportJob, type ExportProgress } from '../../../src/export/job';
import { checkUniqueIds, type ExportCheck } from '../../../src/export/verify';
import type { ExportSearch } from '../../../src/export/search';
import { auditClient } from '../../../src/frontend/bridge-client';

/** Requests in flight at once: fast enough, gentle on Jira's rate limits. */
export const MAX_IN_FLIGHT = 3;

export type ExportState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly progress: ExportProgress }
  /** Stopped by a failure; `error.retryable` says whether Resume can help. */
  | { readonly phase: 'paused'; readonly error: ResolverError; readonly progress: ExportProgress }
  | { readonly phase: 'cancelled' }
  /** The resolver needs the admin's consent: Forge shows its prompt in the dialog's place. */
  | { readonly phase: 'consent' }
  | { readonly phase: 'done'; readonly check: ExportCheck; readonly pages: number };

type Job = ReturnType<typeof createExportJob>;

const EMPTY_PROGRESS: ExportProgress = { records: 0, pages: 0, retrying: false };

export const useExport = (search: ExportSearch) => {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const job = useRef<Job>();
  const progress = useRef<ExportProgress>(EMPTY_PROGRESS);
  const consent = useRef(false);

  const drive = useCallback(async (current: Job) => {
    setState({ phase: 'running', progress: progress.current });
    const outcome = await current.run();
    if (job.current !== current) return;
    if (outcome.status === 'done') {
      setState({ phase: 'done', check: checkUniqueIds(outcome.records), pages: outcome.pages });
    } else if (outcome.status === 'paused') {
      setState({ phase: 'paused', error: outcome.error, progress: progress.current });
    } else {
      setState({ phase: consent.current ? 'consent' : 'cancelled' });
    }
  }, []);

  const start = useCallback(() => {
    job.current?.cancel();
    progress.current = EMPTY_PROGRESS;
    consent.current = false;
    const created: Job = createExportJob({
      limit: EXPORT_PAGE_SIZE,
      maxInFlight: MAX_IN_FLIGHT,
      fetchPage: ({ offset, limit }) =>
        auditClient.getAuditPage({ ...search, offset, limit }).catch((error: unknown) => {
          // No retry can grant consent: stop at once instead of retrying into the same answer.
          if (isConsentRequired(error)) {
            consent.current = true;
            created.cancel();
          }
          throw error;
        }),
      onProgress: (next) => {
        progress.current = next;
        if (job.current === created)
          setState((previous) =>
            previous.phase === 'running' ? { phase: 'running', progress: next } : previous,
          );
      },
    });
    job.current = created;
    void drive(created);
  }, [search, drive]);

  const resume = useCallback(() => {
    if (job.current) void drive(job.current);
  }, [drive]);

  const cancel = useCallback(() => job.current?.cancel(), []);

  // Closing the dialog removes this document; stop the requests with it.
  useEffect(() => () => job.current?.cancel(), []);

  return { state, start, resume, cancel };
};
