/**
 * The export's state: runs the streaming file export through `invoke` (the archive's pages, or Jira's when the archive
 * does not hold the range; the file grows in Blob parts as pages arrive),
 * and leaves missing consent to Forge's own prompt instead of retrying into it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { isConsentRequired } from '../../../src/contract/consent';
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
import {
  ARCHIVE_FILTERS_NEED_ARCHIVE,
  auditPageQuery,
  exportAuditQuery,
  hasArchiveFilters,
  type ExportSearch,
} from '../../../src/export/search';
import { auditClient } from '../../../src/frontend/bridge-client';

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
  /** Stopped by a failure; `error.retryable` says whether Resume can help. */
  | { readonly phase: 'paused'; readonly error: ResolverError; readonly progress: ExportProgress }
  | { readonly phase: 'cancelled' }
  /** The resolver needs the admin's consent: Forge shows its prompt in the dialog's place. */
  | { readonly phase: 'consent' }
  | {
      readonly phase: 'done';
      readonly format: ExportFormat;
      readonly file: ReadyFile;
      readonly check: ExportCheckResult;
      readonly pages: number;
    };

const NO_PROGRESS: ExportProgress = { records: 0, pages: 0, retrying: false };

export const useExport = ({ search, siteUrl, timezone }: ExportTarget) => {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const job = useRef<FileExport>();
  const progress = useRef<ExportProgress>(NO_PROGRESS);
  const format = useRef<ExportFormat>('csv');
  const consent = useRef(false);

  const drive = useCallback(async (current: FileExport, chosen: ExportFormat) => {
    setState({ phase: 'running', progress: progress.current });
    const outcome = await current.run();
    if (job.current !== current) return;
    if (outcome.status === 'done') {
      const { file, check, pages } = outcome;
      setState({ phase: 'done', format: chosen, file, check, pages });
    } else if (outcome.status === 'paused') {
      setState({ phase: 'paused', error: outcome.error, progress: progress.current });
    } else {
      setState({ phase: consent.current ? 'consent' : 'cancelled' });
    }
  }, []);

  const start = useCallback(
    (chosen: ExportFormat) => {
      job.current?.cancel();
      progress.current = NO_PROGRESS;
      format.current = chosen;
      consent.current = false;
      // No retry can grant consent: stop at once instead of asking into the same answer.
      const stopOnConsent = (error: unknown): never => {
        if (isConsentRequired(error)) {
          consent.current = true;
          created.cancel();
        }
        throw error;
      };
      const created: FileExport = createFileExport({
        limit: EXPORT_PAGE_SIZE,
        maxInFlight: MAX_IN_FLIGHT,
        file: { format: chosen, siteUrl, from: search.from, to: search.to, zone: timezone },
        fetchPage: (page) =>
          hasArchiveFilters(search)
            ? Promise.resolve({ ok: false, error: ARCHIVE_FILTERS_NEED_ARCHIVE } as const)
            : auditClient.getAuditPage(auditPageQuery(search, page)).catch(stopOnConsent),
        // The app's archive first: whole pages of thousands when it holds the range, else Jira as above.
        fetchArchivePage: (cursor) =>
          auditClient.exportAudit(exportAuditQuery(search, cursor)).catch(stopOnConsent),
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
    [search, siteUrl, timezone, drive],
  );

  /** Only after a failure that may pass (a rate limit, an outage); a 403 or a bad request would fail again. */
  const resume = useCallback(() => {
    if (job.current && state.phase === 'paused' && state.error.retryable)
      void drive(job.current, format.current);
  }, [drive, state]);

  const cancel = useCallback(() => job.current?.cancel(), []);

  // Closing the dialog removes this document; stop the requests with it.
  useEffect(() => () => job.current?.cancel(), []);

  return { state, start, resume, cancel };
};
