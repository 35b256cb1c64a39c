/**
 * The export read by a real spreadsheet: LibreOffice imports the CSV (formulas evaluated, numbers and dates
 * detected, quoted fields not forced to text) and saves XLSX, which the test reads. CI installs LibreOffice
 * (scripts/install-system-deps.sh); without it these tests fail and say so.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { AuditRecord } from '../contract';
import { aRecord } from '../testing/fixtures/export-records';
import { jiraCloudAuditRecords } from '../testing/fixtures/jira-cloud-audit-records';
import { convertCsvToXlsx } from '../testing/spreadsheet/libreoffice';
import { FORMULA_TRIGGERS } from '../testing/spreadsheet/read-csv';
import { readFirstSheet, type SheetCell } from '../testing/spreadsheet/read-xlsx';
import { csvRowsIn } from './csv';
import { buildExportFile } from '.';

const ZONE = 'Europe/Berlin';
const NO_AUTHOR = { author: undefined, authorAccountId: undefined };

/** Records that break naive CSV, each with the cell (column letter) a spreadsheet must show, written by hand. */
const TRICKY: readonly { record: AuditRecord; column: string; shows: string | undefined }[] = [
  { record: aRecord({ id: 1001, summary: '=1+1' }), column: 'E', shows: "'=1+1" },
  { record: aRecord({ id: 1002, summary: '+1' }), column: 'E', shows: "'+1" },
  { record: aRecord({ id: 1003, summary: '-1' }), column: 'E', shows: "'-1" },
  { record: aRecord({ id: 1004, summary: '@SUM(A1)' }), column: 'E', shows: "'@SUM(A1)" },
  { record: aRecord({ id: 1005, summary: '\t=1+1' }), column: 'E', shows: "'\t=1+1" },
  { record: aRecord({ id: 1006, summary: '\uFF1D1+1' }), column: 'E', shows: "'\uFF1D1+1" },
  {
    record: aRecord({
      id: 1007,
      associatedItems: [
        { name: 'jira-admins', typeName: 'GROUP' },
        { name: '=evil()', typeName: 'GROUP' },
      ],
    }),
    column: 'J',
    shows: "jira-admins [GROUP]\n'=evil() [GROUP]",
  },
  {
    record: aRecord({
      id: 1008,
      changedValues: [
        { fieldName: 'Name', changedFrom: 'a', changedTo: 'b' },
        { fieldName: '+x', changedTo: '-y' },
        { fieldName: '@z', changedFrom: '=c' },
      ],
    }),
    column: 'I',
    shows: "Name: a → b\n'+x: (empty) → -y\n'@z: =c → (empty)",
  },
  // Calc keeps a line break inside a cell as LF, whichever the file used.
  {
    record: aRecord({ id: 1009, summary: 'first\r\n-second\rthird' }),
    column: 'E',
    shows: "first\n'-second\nthird",
  },
  {
    record: aRecord({ id: 1010, summary: 'He said "hi", then left' }),
    column: 'E',
    shows: 'He said "hi", then left',
  },
  {
    record: aRecord({ id: 1011, summary: '🔥 Projekt gelöscht, café' }),
    column: 'E',
    shows: '🔥 Projekt gelöscht, café',
  },
  { record: aRecord({ id: 1012, description: 'a\n\tb' }), column: 'M', shows: "a\n'\tb" },
  {
    record: aRecord({
      id: 1013,
      summary: '',
      ...NO_AUTHOR,
      objectItem: undefined,
      remoteAddress: undefined,
      changedValues: [],
      associatedItems: [],
    }),
    column: 'E',
    shows: undefined,
  },
  {
    record: aRecord({ id: 1014, summary: '\uFF20x\n\uFF0By\n\uFF0Dz' }),
    column: 'E',
    shows: "'\uFF20x\n'\uFF0By\n'\uFF0Dz",
  },
];

const REAL_IDS = [
  11959, 11957, 11951, 11939, 11937, 11933, 11932, 11931, 11895, 11893, 11892, 11884, 11883, 11880,
  11863, 11652, 11650,
];

/** The CSV as the export wrote it before: csv-stringify left a bare LF unquoted and escaped first lines only. */
const oldCsv = (records: readonly AuditRecord[]) =>
  stringify(records.map(csvRowsIn(ZONE)), {
    header: true,
    record_delimiter: '\r\n',
    escape_formulas: true,
  });

let tricky: SheetCell[][];
let real: SheetCell[][];
let control: SheetCell[][];
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'export-spreadsheet-'));
  const write = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };
  const csv = (records: readonly AuditRecord[]) =>
    buildExportFile({ records, format: 'csv', zone: ZONE }).text;
  const files = [
    write('tricky.csv', csv(TRICKY.map((entry) => entry.record))),
    write('real.csv', csv(jiraCloudAuditRecords())),
    write('control.csv', oldCsv(TRICKY.map((entry) => entry.record))),
  ];
  [tricky, real, control] = (await convertCsvToXlsx(files, dir)).map(readFirstSheet) as [
    SheetCell[][],
    SheetCell[][],
    SheetCell[][],
  ];
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cellAt = (row: readonly SheetCell[], column: string) =>
  row.find((cell) => cell.ref.replace(/\d+$/, '') === column)?.value;

const idsOf = (sheet: SheetCell[][]) => sheet.slice(1).map((row) => cellAt(row, 'A'));

/** Cells a spreadsheet runs or would run as a formula: a formula, a negative number, a line starting one. */
const liveFormulas = (sheet: SheetCell[][]) =>
  sheet
    .flat()
    .filter(
      (cell) =>
        cell.formula !== undefined ||
        (typeof cell.value === 'number' && cell.value < 0) ||
        (typeof cell.value === 'string' &&
          cell.value
            .split('\n')
            .some((line) => FORMULA_TRIGGERS.some((trigger) => line.startsWith(trigger)))),
    );

describe('the CSV export, opened in LibreOffice Calc', () => {
  it('reads tricky records as one row each, ids in order in the first column', () => {
    expect(tricky).toHaveLength(TRICKY.length + 1);
    expect(idsOf(tricky)).toEqual(TRICKY.map((entry) => entry.record.id));
  });

  it.each(TRICKY.map((entry, index) => [entry.record.id, entry, index + 1] as const))(
    'shows record %i as text, not as a formula',
    (_, { column, shows }, row) => {
      expect(cellAt(tricky[row]!, column)).toBe(shows);
    },
  );

  it('holds no formula and no cell that would start one, in tricky and real records', () => {
    expect(liveFormulas(tricky)).toEqual([]);
    expect(liveFormulas(real)).toEqual([]);
  });

  it('reads the real Jira Cloud records as one row each, ids in order', () => {
    expect(real[0]?.map((cell) => cell.value)).toEqual([
      'ID',
      'Created (Europe/Berlin)',
      'Created (UTC, ISO 8601)',
      'Category',
      'Summary',
      'Author',
      'Author account ID',
      'Object',
      'Changed values',
      'Associated items',
      'Remote address',
      'Event source',
      'Description',
    ]);
    expect(idsOf(real)).toEqual(REAL_IDS);
  });

  it('reads the local time as a date in the admin zone and keeps the UTC instant as text', () => {
    // 11959 was created 2022-01-24T08:48:05.645+0000, 09:48:05 in Berlin; Calc counts days from 1899-12-30.
    const serial = (Date.UTC(2022, 0, 24, 9, 48, 5) - Date.UTC(1899, 11, 30)) / 86_400_000;
    expect(cellAt(real[1]!, 'B')).toBeCloseTo(serial, 8);
    expect(cellAt(real[1]!, 'C')).toBe('2022-01-24T08:48:05.645Z');
  });

  it('keeps multi-line and spaced real cells whole', () => {
    const row = (id: number) => real[REAL_IDS.indexOf(id) + 1]!;
    expect(cellAt(row(11957), 'I')).toBe(
      'Field Configuration: Default Field Configuration → (empty)\nIssue Type: Epic → (empty)',
    );
    expect(cellAt(row(11884), 'H')).toBe(
      'Eng  Sys [GROUP] in com.atlassian.crowd.directory.IdentityPlatformRemoteDirectory',
    );
    expect(cellAt(row(11893), 'M')).toBe('Update who can access the portal and send requests');
    expect(cellAt(row(11933), 'K')).toBe('81.2.69.193');
  });

  it('would have caught the old CSV: extra rows and a live formula (control)', () => {
    expect(control.length).toBeGreaterThan(TRICKY.length + 1);
    expect(liveFormulas(control).some((cell) => cell.formula !== undefined)).toBe(true);
  });
});
