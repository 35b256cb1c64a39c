/** The export's state: runs the job through `invoke`, then checks ids and counts before offering the file. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResolverError } from '../../../src/contract';
import { EXPORT_PAGE_SIZE } from '../../../src/export/paging-plan';
import { createExportJob, type ExportProgress } from '../../../src/export/job';
import { checkUniqueIds, type ExportCheck } from '../../../src/export/verify';
import type { ExportSearch } from '../../../src/export/search';
import { invokeResolver } from '../../../src/frontend/bridge-client';

/** Requests in flight at once: fast enough, gentle on Jira's rate limits. */
export const MAX_IN_FLIGHT = 3;

export type ExportState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly progress: ExportProgress }
  | { readonly phase: 'paused'; readonly error: ResolverError; readonly progress: ExportProgress }
  | { readonly phase: 'cancelled' }
  | { readonly phase: 'done'; readonly check: ExportCheck; readonly pages: number };

type Job = ReturnType<typeof createExportJob>;

export const useExport = (search: ExportSearch | undefined) => {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const job = useRef<Job>();
  const progress = useRef<ExportProgress>({ records: 0, pages: 0, retrying: false });

  const drive = useCallback(async (current: Job) => {
    setState({ phase: 'running', progress: progress.current });
    const outcome = await current.run();
    if (job.current !== current) return;
    if (outcome.status === 'done') {
      setState({ phase: 'done', check: checkUniqueIds(outcome.records), pages: outcome.pages });
    } else if (outcome.status === 'paused') {
      setState({ phase: 'paused', error: outcome.error, progress: progress.current });
    } else {
      setState({ phase: 'cancelled' });
    }
  }, []);

  const start = useCallback(() => {
    if (search === undefined) return;
    job.current?.cancel();
    progress.current = { records: 0, pages: 0, retrying: false };
    const created = createExportJob({
      limit: EXPORT_PAGE_SIZE,
      maxInFlight: MAX_IN_FLIGHT,
      fetchPage: ({ offset, limit }) =>
        invokeResolver('getAuditPage', { ...search, offset, limit }),
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

  // Closing the modal mid-export must not leave requests running.
  useEffect(() => () => job.current?.cancel(), []);

  return { state, start, resume, cancel };
};
