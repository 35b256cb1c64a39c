/** The export's public face (resolver contract, "Export file writer"): the whole file for a set of records, or the file in parts. */
export { buildExportFile, type ExportFile } from './file';
export type { ExportFormat } from './file-name';
export { createExportWriter, type ExportFileOptions, type ExportWriter } from './writer';
