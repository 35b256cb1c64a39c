/** Reads CSV back the way a spreadsheet does, so a test sees the rows an admin would. */
import { parse } from 'csv-parse/sync';

/**
 * RFC 4180 and nothing relaxed: quotes must be well formed, every row has the header's number of cells, and a row
 * ends at CRLF, LF or CR outside quotes (as in LibreOffice and Python's csv), not only at the file's first kind.
 */
export const readCsvLikeASpreadsheet = (text: string): string[][] =>
  parse(text, { bom: true, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];

/** Formula starters per OWASP: = + - @ tab and their full-width forms. */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

/** The lines of a cell whose first character would start a formula in a spreadsheet. */
export const linesStartingAFormula = (cell: string): string[] =>
  cell.split(/\r\n|\r|\n/).filter((line) => FORMULA_TRIGGERS.some((t) => line.startsWith(t)));
