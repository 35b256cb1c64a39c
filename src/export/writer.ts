/** Writes an export file in parts as pages arrive, so neither all records nor the whole text is held at once. */
import type { AuditRecord } from '../contract';
import { csvHeaderLine, csvLinesIn } from './csv';
import { exportFileName, type ExportFormat } from './file-name';

export interface ExportFileOptions {
  readonly format: ExportFormat;
  readonly siteUrl?: string;
  /** The export's range, for the file name. */
  readonly from?: string;
  readonly to?: string;
  /** The admin's IANA time zone for the CSV's local-time column; UTC when absent or unknown. */
  readonly zone?: string;
}

export interface ExportWriter {
  readonly format: ExportFormat;
  readonly fileName: string;
  readonly mimeType: string;
  /** The start of the file (the CSV's BOM and header, the JSON array's bracket). */
  readonly header: string;
  /** The text for these records, to follow what came before. */
  append(records: readonly AuditRecord[]): string;
  /** The end of the file; append nothing after it. */
  finish(): string;
  /** Records written so far, counted by the writer. */
  readonly written: number;
}

export const MIME_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/** The records exactly as the resolver returned them, laid out as JSON.stringify(records, null, 2) would. */
const jsonWriter = () => {
  let written = 0;
  return {
    header: '[',
    append: (records: readonly AuditRecord[]): string => {
      let text = '';
      for (const record of records) {
        // JSON escapes line breaks inside strings, so every raw \n is layout and can be indented.
        text += `${written === 0 ? '' : ','}\n  ${JSON.stringify(record, null, 2).replace(/\n/g, '\n  ')}`;
        written += 1;
      }
      return text;
    },
    finish: () => (written === 0 ? ']\n' : '\n]\n'),
    written: () => written,
  };
};

const csvWriter = (zone: string | undefined) => {
  const lines = csvLinesIn(zone);
  let written = 0;
  return {
    header: csvHeaderLine(zone),
    append: (records: readonly AuditRecord[]): string => {
      written += records.length;
      return lines(records);
    },
    finish: () => '',
    written: () => written,
  };
};

export const createExportWriter = (options: ExportFileOptions): ExportWriter => {
  const { format } = options;
  const parts = format === 'json' ? jsonWriter() : csvWriter(options.zone);
  let finished = false;
  return {
    format,
    fileName: exportFileName(options),
    mimeType: MIME_TYPES[format],
    header: parts.header,
    append: (records) => {
      if (finished) throw new Error('The export file is finished; nothing can follow its end.');
      return parts.append(records);
    },
    finish: () => {
      finished = true;
      return parts.finish();
    },
    get written() {
      return parts.written();
    },
  };
};
