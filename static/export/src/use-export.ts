/** The export's state: runs the streaming file export through `invoke`; the file grows in Blob parts as pages arrive. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResolverError } from '../../../src/contract';
import {
  createFileExport,
  type ExportCheckResult,
  type ExportFormat,
  type ExportProgress,
  type FileExport,
  type ReadyFile,
} from '../../../src/export';
import { EXPORT_PAGE_SIZE } from '../../../src/export/paging-plan';
import type { ExportSearch } from '../../../src/export/search';
import { invokeResolver } from '../../../src/frontend/bridge-client';

/** Requests in flight at once: fast enough, gentle on Jira's rate limits. */
export const MAX_IN_FLIGHT = 3;

export interface ExportTarget {
  readonly search: ExportSearch;
  readonly siteUrl?: string;
  /** The admin's IANA zone, for the CSV's local-time column. */
  readonly timezone: string;
}

export type ExportState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly progress: ExportProgress }
  | { readonly phase: 'paused'; readonly error: ResolverError; readonly progress: ExportProgress }
  | { readonly phase: 'cancelled' }
  | {
      readonly phase: 'done';
      readonly format: ExportFormat;
      readonly file: ReadyFile;
      readonly check: ExportCheckResult;
      readonly pages: number;
    };

const NO_PROGRESS: ExportProgress = { records: 0, pages: 0, retrying: false };

export const useExport = (target: ExportTarget | undefined) => {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const job = useRef<FileExport>();
  const progress = useRef<ExportProgress>(NO_PROGRESS);

  const drive = useCallback(async (current: FileExport, format: ExportFormat) => {
    setState({ phase: 'running', progress: progress.current });
    const outcome = await current.run();
    if (job.current !== current) return;
    if (outcome.status === 'done') {
      const { file, check, pages } = outcome;
      setState({ phase: 'done', format, file, check, pages });
    } else if (outcome.status === 'paused') {
      setState({ phase: 'paused', error: outcome.error, progress: progress.current });
    } else {
      setState({ phase: 'cancelled' });
    }
  }, []);

  const format = useRef<ExportFormat>('csv');

  const start = useCallback(
    (chosen: ExportFormat) => {
      if (target === undefined) return;
      job.current?.cancel();
      progress.current = NO_PROGRESS;
      format.current = chosen;
      const { search, siteUrl, timezone } = target;
      const created = createFileExport({
        limit: EXPORT_PAGE_SIZE,
        maxInFlight: MAX_IN_FLIGHT,
        file: { format: chosen, siteUrl, from: search.from, to: search.to, zone: timezone },
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
      void drive(created, chosen);
    },
    [target, drive],
  );

  /** Only after a failure that may pass (a rate limit, an outage); a 403 or a bad request would fail again. */
  const resume = useCallback(() => {
    if (job.current && state.phase === 'paused' && state.error.retryable)
      void drive(job.current, format.current);
  }, [drive, state]);

  const cancel = useCallback(() => job.current?.cancel(), []);

  // Closing the modal mid-export must not leave requests running.
  useEffect(() => () => job.current?.cancel(), []);

  return { state, start, resume, cancel };
};
