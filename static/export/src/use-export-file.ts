/**
 * The file of a finished export in the chosen format, and its download. The one place the dialog meets the file
 * writer, so moving to a streaming writer (Blob parts written as pages arrive) changes this hook only.
 */
import { useMemo } from 'react';
import { buildExportFile, type ExportFile } from '../../../src/export/file';
import type { ExportFormat } from '../../../src/export/file-name';
import { describeCheck } from '../../../src/export/verify';
import type { ExportSearch } from '../../../src/export/search';
import { downloadFile } from './download-file';
import type { ExportState } from './use-export';

export interface ReadyFile {
  readonly file: ExportFile;
  /** What the export's own check says: every id unique, none skipped, or what went wrong. */
  readonly verdict: { readonly ok: boolean; readonly message: string };
  readonly download: () => void;
}

export interface ExportFileInput {
  readonly state: ExportState;
  readonly format: ExportFormat;
  readonly search: ExportSearch;
  readonly siteUrl?: string;
}

export const useExportFile = ({ state, format, search, siteUrl }: ExportFileInput) =>
  useMemo((): ReadyFile | undefined => {
    if (state.phase !== 'done') return undefined;
    // The current writer has no zone yet; the streaming one (export-file branch) takes `zone` here.
    const file = buildExportFile({ records: state.check.records, format, siteUrl, ...search });
    return {
      file,
      verdict: describeCheck({ check: state.check, written: file.written }),
      download: () => downloadFile(file),
    };
  }, [state, format, search, siteUrl]);
