/** The export's public face: the whole file for a set of records (resolver contract, "Export file writer"), and the streaming export the dialog runs. */
export { buildExportFile, type ExportFile } from './file';
export type { ExportFormat } from './file-name';
export { createExportWriter, type ExportFileOptions, type ExportWriter } from './writer';
export {
  createFileExport,
  type ExportCheckResult,
  type FileExport,
  type FileExportOutcome,
  type ReadyFile,
} from './file-export';
export type { ExportProgress } from './job';
