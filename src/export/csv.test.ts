import fc from 'fast-check';
import type { AuditRecord } from '../contract';
import { aRecord, arbitraryRecord } from '../testing/fixtures/export-records';
import {
  linesStartingAFormula,
  readCsvLikeASpreadsheet as readBack,
} from '../testing/spreadsheet/read-csv';
import { UTF8_BOM, csvHeaderLine, csvLinesIn, csvRowsIn } from './csv';

const HEADERS_BERLIN = [
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
];
const column = (header: string) => HEADERS_BERLIN.indexOf(header);

const csvOf = (records: readonly AuditRecord[], zone = 'Europe/Berlin') =>
  csvHeaderLine(zone) + csvLinesIn(zone)(records);

/** The one data row of a file of one record, as a spreadsheet reads it. */
const rowOf = (record: AuditRecord): string[] => {
  const rows = readBack(csvOf([record]));
  expect(rows).toHaveLength(2);
  return rows[1]!;
};

describe('CSV export', () => {
  it('starts with a single UTF-8 BOM so Excel reads accents and emoji correctly', () => {
    const text = csvOf([aRecord({ summary: 'Projekt gelöscht 😀' })]);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text.indexOf(UTF8_BOM, 1)).toBe(-1);
    expect(rowOf(aRecord({ summary: 'Projekt gelöscht 😀' }))[column('Summary')]).toBe(
      'Projekt gelöscht 😀',
    );
  });

  it('names the admin zone in the header and ends every line with CRLF', () => {
    const records = [aRecord({ id: 7 }), aRecord({ id: 5 }), aRecord({ id: 9 })];
    const text = csvOf(records);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      expect.any(String),
      ...records.map(() => expect.any(String)),
      '',
    ]);
    const [header, ...rows] = readBack(text);
    expect(header).toEqual(HEADERS_BERLIN);
    expect(rows.map((row) => row[0])).toEqual(['7', '5', '9']);
  });

  it('writes only the header when there are no records', () => {
    expect(readBack(csvOf([]))).toEqual([HEADERS_BERLIN]);
  });

  it('flattens changed values, items and the author into readable cells, one entry per line', () => {
    const row = rowOf(
      aRecord({
        author: { accountId: 'acc-1', displayName: 'Ada Lovelace' },
        objectItem: { name: 'Alpha', typeName: 'PROJECT' },
        changedValues: [
          { fieldName: 'Name', changedFrom: 'Old', changedTo: 'New' },
          { fieldName: 'Lead', changedTo: 'ada' },
        ],
        associatedItems: [
          { name: 'jira-admins', typeName: 'GROUP' },
          { name: 'Dev', typeName: 'PROJECT_ROLE', parentName: 'Alpha' },
        ],
      }),
    );
    expect(row[column('Author')]).toBe('Ada Lovelace');
    expect(row[column('Author account ID')]).toBe('acc-1');
    expect(row[column('Object')]).toBe('Alpha [PROJECT]');
    expect(row[column('Changed values')]).toBe('Name: Old → New\nLead: (empty) → ada');
    expect(row[column('Associated items')]).toBe(
      'jira-admins [GROUP]\nDev [PROJECT_ROLE] in Alpha',
    );
  });

  it('leaves the author name empty but keeps the account id when the author could not be resolved', () => {
    const { author: _omitted, ...unresolved } = aRecord({ authorAccountId: 'acc-9' });
    expect(csvRowsIn('UTC')(unresolved)).toMatchObject({ author: '', authorAccountId: 'acc-9' });
  });

  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['\uFF20SUM(A1)', "'\uFF20SUM(A1)"],
    ['first\n=evil()', "first\n'=evil()"],
    ['first\r\n+1\r-2\n@x', "first\r\n'+1\r'-2\n'@x"],
    ['=a\n\n\t=b', "'=a\n\n'\t=b"],
  ])(
    'neutralises every line of %j that a spreadsheet would run as a formula',
    (summary, expected) => {
      expect(rowOf(aRecord({ summary }))[column('Summary')]).toBe(expected);
    },
  );

  it.each(['a=1', ' =1', 'plain', "it's", "'=already", 'line\nnext'])(
    'leaves a cell %j that holds no formula unchanged',
    (summary) => {
      expect(rowOf(aRecord({ summary }))[column('Summary')]).toBe(summary);
    },
  );

  it('keeps a record whose cells hold bare LF, CR and CRLF on one row', () => {
    const records = [
      aRecord({ id: 1, summary: 'a\nb', description: 'c\rd' }),
      aRecord({
        id: 2,
        changedValues: [{ fieldName: 'x', changedTo: 'y' }, { fieldName: 'z' }],
        associatedItems: [
          { name: 'jira-admins', typeName: 'GROUP' },
          { name: '=evil()', typeName: 'GROUP' },
        ],
      }),
      aRecord({ id: 3, summary: 'e\r\nf' }),
    ];
    const [, ...rows] = readBack(csvOf(records));
    expect(rows.map((row) => row[0])).toEqual(['1', '2', '3']);
    expect(rows[0]?.[column('Description')]).toBe('c\rd');
    expect(rows[1]?.[column('Associated items')]).toBe("jira-admins [GROUP]\n'=evil() [GROUP]");
    expect(rows[2]?.[column('Summary')]).toBe('e\r\nf');
  });

  it('reads back as one row per record, ids in order, with no line of any cell starting a formula', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRecord(), { maxLength: 6 }), (records) => {
        const [header, ...rows] = readBack(csvOf(records));
        expect(header).toEqual(HEADERS_BERLIN);
        expect(rows.map((row) => row[0])).toEqual(records.map((record) => String(record.id)));
        for (const row of rows)
          for (const cell of row) expect(linesStartingAFormula(cell)).toEqual([]);
      }),
    );
  });

  it('changes a free-text cell only by a quote before each line that would start a formula', () => {
    fc.assert(
      fc.property(arbitraryRecord(), (record) => {
        const cell = rowOf(record)[column('Summary')]!;
        const lines = (text: string) => text.split(/\r\n|\r|\n/);
        const original = lines(record.summary);
        // A cell starting with CR gets one quote in front of it all (it starts no line of its own).
        const startsWithCr = record.summary.startsWith('\r');
        if (startsWithCr) expect(cell.startsWith("'")).toBe(true);
        const written = lines(startsWithCr ? cell.slice(1) : cell);
        expect(written).toHaveLength(original.length);
        written.forEach((line, index) => {
          const before = original[index]!;
          expect([before, `'${before}`]).toContain(line);
          expect(line !== before).toBe(linesStartingAFormula(before).length > 0);
        });
      }),
    );
  });
});
