/** The whole export file for a set of records at once (resolver contract, "Export file writer"). */
import type { AuditRecord } from '../contract';
import { createExportWriter, type ExportFileOptions } from './writer';

export interface ExportFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly text: string;
  /** Records written into the file, as counted by the writer. */
  readonly written: number;
}

export const buildExportFile = ({
  records,
  ...options
}: ExportFileOptions & { readonly records: readonly AuditRecord[] }): ExportFile => {
  const writer = createExportWriter(options);
  const text = writer.header + writer.append(records) + writer.finish();
  return { fileName: writer.fileName, mimeType: writer.mimeType, text, written: writer.written };
};
