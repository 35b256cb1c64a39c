/** The CSV export: one row per record, readable cells, RFC 4180 quoting (csv-stringify) and formula neutralisation. */
import { stringify } from 'csv-stringify/sync';
import type { AuditItem, AuditRecord, ChangedValue } from '../contract';
import { createdCellsIn, exportZone } from './created-cells';

/** Excel reads a UTF-8 file as UTF-8 only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

const COLUMN_KEYS = [
  'id',
  'createdLocal',
  'createdUtc',
  'category',
  'summary',
  'author',
  'authorAccountId',
  'object',
  'changedValues',
  'associatedItems',
  'remoteAddress',
  'eventSource',
  'description',
] as const;

export type CsvColumn = (typeof COLUMN_KEYS)[number];
export type CsvRow = Readonly<Record<CsvColumn, string | number>>;

/** Column headers; the local-time column names the zone its times are in. */
export const csvHeaders = (zone?: string): Record<CsvColumn, string> => ({
  id: 'ID',
  createdLocal: `Created (${exportZone(zone)})`,
  createdUtc: 'Created (UTC, ISO 8601)',
  category: 'Category',
  summary: 'Summary',
  author: 'Author',
  authorAccountId: 'Author account ID',
  object: 'Object',
  changedValues: 'Changed values',
  associatedItems: 'Associated items',
  remoteAddress: 'Remote address',
  eventSource: 'Event source',
  description: 'Description',
});

const EMPTY = '(empty)';

/** `Alpha [PROJECT] in Parent`: the name first, because that is what an admin scans for. */
export const formatItem = (item: AuditItem): string =>
  `${item.name} [${item.typeName}]${item.parentName ? ` in ${item.parentName}` : ''}`;

/** `Field: old → new`; a missing side reads as "(empty)" rather than vanishing. */
export const formatChange = (change: ChangedValue): string =>
  `${change.fieldName}: ${change.changedFrom || EMPTY} → ${change.changedTo || EMPTY}`;

/** Turns records into cells, before quoting and neutralisation; lists go one entry per line. */
export const csvRowsIn = (zone?: string) => {
  const createdCells = createdCellsIn(exportZone(zone));
  return (record: AuditRecord): CsvRow => {
    const created = createdCells(record.created);
    return {
      id: record.id,
      createdLocal: created.local,
      createdUtc: created.utc,
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
    };
  };
};

// OWASP CSV injection: = + - @ tab and their full-width forms start a formula. Checked at every line start,
// because a reader that splits a cell into rows (or a later line pasted alone) must not find one either.
const LINE_STARTING_A_FORMULA = /(^|\r\n|\r|\n)([=+\-@\t\uFF1D\uFF0B\uFF0D\uFF20])/g;

/** Prefixes `'` to every line of the cell that a spreadsheet would run as a formula, and to a cell starting with CR. */
export const neutraliseFormulas = (cell: string): string => {
  const escaped = cell.replace(LINE_STARTING_A_FORMULA, "$1'$2");
  return escaped.startsWith('\r') ? `'${escaped}` : escaped;
};

const STRINGIFY_OPTIONS = {
  record_delimiter: '\r\n',
  // csv-stringify quotes CRLF but not a bare CR or LF, which every RFC 4180 reader would split the row at.
  quoted_match: /[\r\n]/,
  cast: { string: neutraliseFormulas },
} as const;

/** The header line (BOM first), CRLF-terminated. */
export const csvHeaderLine = (zone?: string): string =>
  UTF8_BOM + stringify([COLUMN_KEYS.map((key) => csvHeaders(zone)[key])], STRINGIFY_OPTIONS);

/** Writes records as CSV rows for one zone: each call returns the CRLF-terminated lines of its records. */
export const csvLinesIn = (zone?: string) => {
  const toRow = csvRowsIn(zone);
  const columns = [...COLUMN_KEYS];
  return (records: readonly AuditRecord[]): string =>
    records.length === 0 ? '' : stringify(records.map(toRow), { ...STRINGIFY_OPTIONS, columns });
};
