/** The downloadable file for a format: its text, type, name and how many records it holds. */
import type { AuditRecord } from '../contract';
import { toCsv } from './csv';
import { exportFileName, type ExportFormat } from './file-name';

export interface ExportFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly text: string;
  /** Records written into the file, as counted by the writer. */
  readonly written: number;
}

/** JSON holds the records exactly as the resolver returned them. */
export const toJson = (records: readonly AuditRecord[]) => ({
  text: `${JSON.stringify(records, null, 2)}\n`,
  written: records.length,
});

export const buildExportFile = ({
  records,
  format,
  siteUrl,
  from,
  to,
}: {
  readonly records: readonly AuditRecord[];
  readonly format: ExportFormat;
  readonly siteUrl?: string;
  readonly from?: string;
  readonly to?: string;
}): ExportFile => {
  const fileName = exportFileName({ siteUrl, from, to, format });
  if (format === 'json')
    return { fileName, mimeType: 'application/json;charset=utf-8', ...toJson(records) };
  const { text, rows } = toCsv(records);
  return { fileName, mimeType: 'text/csv;charset=utf-8', text, written: rows };
};
