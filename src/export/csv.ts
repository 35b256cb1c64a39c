/** The CSV export: one row per record, readable cells, RFC 4180 quoting and formula neutralisation by csv-stringify. */
import { stringify } from 'csv-stringify/sync';
import type { AuditItem, AuditRecord, ChangedValue } from '../contract';

/** Excel reads a UTF-8 file as UTF-8 only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

export const CSV_COLUMNS = [
  { key: 'id', header: 'ID' },
  { key: 'created', header: 'Created' },
  { key: 'category', header: 'Category' },
  { key: 'summary', header: 'Summary' },
  { key: 'author', header: 'Author' },
  { key: 'authorAccountId', header: 'Author account ID' },
  { key: 'object', header: 'Object' },
  { key: 'changedValues', header: 'Changed values' },
  { key: 'associatedItems', header: 'Associated items' },
  { key: 'remoteAddress', header: 'Remote address' },
  { key: 'eventSource', header: 'Event source' },
  { key: 'description', header: 'Description' },
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number]['key'];
export type CsvRow = Readonly<Record<CsvColumn, string | number>>;

const EMPTY = '(empty)';

/** `Alpha [PROJECT] in Parent`: the name first, because that is what an admin scans for. */
export const formatItem = (item: AuditItem): string =>
  `${item.name} [${item.typeName}]${item.parentName ? ` in ${item.parentName}` : ''}`;

/** `Field: old → new`; a missing side reads as "(empty)" rather than vanishing. */
export const formatChange = (change: ChangedValue): string =>
  `${change.fieldName}: ${change.changedFrom || EMPTY} → ${change.changedTo || EMPTY}`;

/** The cells of one record, before quoting and neutralisation; lists go one entry per line. */
export const toCsvRow = (record: AuditRecord): CsvRow => ({
  id: record.id,
  created: record.created,
  category: record.category,
  summary: record.summary,
  author: record.author?.displayName ?? '',
  authorAccountId: record.author?.accountId ?? record.authorAccountId ?? '',
  object: record.objectItem ? formatItem(record.objectItem) : '',
  changedValues: record.changedValues.map(formatChange).join('\n'),
  associatedItems: record.associatedItems.map(formatItem).join('\n'),
  remoteAddress: record.remoteAddress ?? '',
  eventSource: record.eventSource,
  description: record.description ?? '',
});

export interface CsvExport {
  /** The file's text, starting with the BOM. */
  readonly text: string;
  /** Data rows written (the header not counted). */
  readonly rows: number;
}

/** The whole file: BOM, header, one CRLF-terminated row per record. */
export const toCsv = (records: readonly AuditRecord[]): CsvExport => {
  const rows = records.map(toCsvRow);
  const text = stringify(rows, {
    header: true,
    columns: CSV_COLUMNS.map(({ key, header }) => ({ key, header })),
    record_delimiter: '\r\n',
    // Prefixes cells starting with = + - @ tab CR (and their full-width forms) with ' (OWASP CSV injection).
    escape_formulas: true,
  });
  return { text: UTF8_BOM + text, rows: rows.length };
};
