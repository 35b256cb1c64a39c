/** The finished file when it is in the chosen format (it was written in the format the export started with). */
import type { ExportCheckResult, ExportFormat, ReadyFile } from '../../../src/export';
import { downloadFile } from './download-file';
import type { ExportState } from './use-export';

export interface DownloadableFile {
  readonly file: ReadyFile;
  /** What the export's own check says: every id unique, none skipped, or what went wrong. */
  readonly verdict: ExportCheckResult;
  readonly download: () => void;
}

export const downloadableFile = (
  state: ExportState,
  format: ExportFormat,
): DownloadableFile | undefined =>
  state.phase === 'done' && state.format === format
    ? { file: state.file, verdict: state.check, download: () => downloadFile(state.file) }
    : undefined;
