/** The export's public face (resolver contract, "Export file writer"): the whole file for a set of records. */
export { buildExportFile, type ExportFile } from './file';
export type { ExportFormat } from './file-name';
