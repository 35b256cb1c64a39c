/**
 * One export as the dialog runs it: pages in the log's order → id check → writer → a Blob part per page. It keeps
 * ids and counts, never the records or the whole text, so memory stays flat however large the export.
 */
import type { ResolverError } from '../contract';
import { createExportJob, type ExportJobOptions } from './job';
import { createIdCheck, describeCheck, type ExportCounts } from './verify';
import { createExportWriter, type ExportFileOptions } from './writer';

export interface ReadyFile {
  /** The file, made of one Blob part per page (a browser keeps Blob data outside the page's heap). */
  readonly blob: Blob;
  readonly fileName: string;
  readonly mimeType: string;
}

export interface ExportCheckResult extends ExportCounts {
  readonly ok: boolean;
  /** What the admin reads, e.g. "Wrote 2,345 records; every id is unique and none was skipped." */
  readonly message: string;
}

export type FileExportOutcome =
  | {
      readonly status: 'done';
      readonly file: ReadyFile;
      readonly check: ExportCheckResult;
      readonly pages: number;
    }
  | { readonly status: 'paused'; readonly error: ResolverError; readonly records: number }
  | { readonly status: 'cancelled' };

export interface FileExport {
  /** Runs until done, cancelled or paused; after a pause, call again to resume (only if `error.retryable`). */
  run(): Promise<FileExportOutcome>;
  /** Stops at once; the parts written so far are dropped. */
  cancel(): void;
}

export const createFileExport = ({
  file,
  ...job
}: Omit<ExportJobOptions, 'onRecords'> & { readonly file: ExportFileOptions }): FileExport => {
  const writer = createExportWriter(file);
  const ids = createIdCheck();
  let parts: Blob[] = [new Blob([writer.header])];
  let done: FileExportOutcome | undefined;
  const exportJob = createExportJob({
    ...job,
    onRecords: (records) => {
      const text = writer.append(ids.admit(records));
      if (text !== '') parts.push(new Blob([text]));
    },
  });
  return {
    run: async () => {
      if (done) return done;
      const outcome = await exportJob.run();
      if (outcome.status !== 'done') return outcome;
      parts.push(new Blob([writer.finish()]));
      const blob = new Blob(parts, { type: writer.mimeType });
      parts = [];
      const counts: ExportCounts = {
        received: outcome.received,
        written: writer.written,
        dropped: ids.dropped,
        duplicateIds: ids.duplicateIds,
      };
      done = {
        status: 'done',
        file: { blob, fileName: writer.fileName, mimeType: writer.mimeType },
        check: { ...counts, ...describeCheck(counts) },
        pages: outcome.pages,
      };
      return done;
    },
    cancel: () => {
      exportJob.cancel();
      parts = [];
    },
  };
};
