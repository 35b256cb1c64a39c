import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, UTF8_BOM, toCsv, toCsvRow } from './csv';
import { aRecord, arbitraryRecord } from '../testing/fixtures/export-records';

const HEADERS = CSV_COLUMNS.map((column) => column.header);

/** Parses the file the way a spreadsheet importer would: header row first. */
const readBack = (text: string): string[][] =>
  parse(text, { bom: true, relax_column_count: false });

// Independent oracle for what a spreadsheet must not run as a formula.
const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];
const neutralised = (cell: string | number): string =>
  typeof cell === 'string' && FORMULA_STARTS.some((start) => cell.startsWith(start))
    ? `'${cell}`
    : String(cell);

describe('CSV export', () => {
  it('starts with a UTF-8 BOM so Excel reads accents and emoji correctly', () => {
    const { text } = toCsv([aRecord({ summary: 'Projekt gelöscht 😀' })]);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text.indexOf(UTF8_BOM, 1)).toBe(-1);
  });

  it('writes a header and one CRLF-terminated row per record', () => {
    const records = [aRecord(), aRecord(), aRecord()];
    const { text, rows } = toCsv(records);
    expect(rows).toBe(3);
    expect(text.slice(1).split('\r\n')).toHaveLength(records.length + 2);
    expect(readBack(text)[0]).toEqual(HEADERS);
    expect(
      readBack(text)
        .slice(1)
        .map((row) => Number(row[0])),
    ).toEqual(records.map((r) => r.id));
  });

  it('writes only the header when there are no records', () => {
    const { text, rows } = toCsv([]);
    expect(rows).toBe(0);
    expect(readBack(text)).toEqual([HEADERS]);
  });

  it('flattens changed values, items and the author into readable cells', () => {
    const row = toCsvRow(
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
    expect(row).toMatchObject({
      author: 'Ada Lovelace',
      authorAccountId: 'acc-1',
      object: 'Alpha [PROJECT]',
      changedValues: 'Name: Old → New\nLead: (empty) → ada',
      associatedItems: 'jira-admins [GROUP]\nDev [PROJECT_ROLE] in Alpha',
    });
  });

  it('leaves the author name empty but keeps the account id when the author could not be resolved', () => {
    const { author: _omitted, ...unresolved } = aRecord({
      authorAccountId: 'acc-9',
    });
    expect(toCsvRow(unresolved)).toMatchObject({
      author: '',
      authorAccountId: 'acc-9',
    });
  });

  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
  ])('neutralises a cell %j that a spreadsheet would run as a formula', (summary, expected) => {
    const [, row] = readBack(toCsv([aRecord({ summary })]).text);
    expect(row?.[HEADERS.indexOf('Summary')]).toBe(expected);
  });

  it.each(['a=1', ' =1', 'plain', "it's"])(
    'leaves a cell %j that is no formula unchanged',
    (summary) => {
      const [, row] = readBack(toCsv([aRecord({ summary })]).text);
      expect(row?.[HEADERS.indexOf('Summary')]).toBe(summary);
    },
  );

  it('neutralises a formula in a flattened cell such as the object name', () => {
    const [, row] = readBack(
      toCsv([aRecord({ objectItem: { name: '=cmd|/C calc', typeName: 'GROUP' } })]).text,
    );
    expect(row?.[HEADERS.indexOf('Object')]).toBe("'=cmd|/C calc [GROUP]");
  });

  it('round-trips every field of any record through a CSV parser', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRecord(), { maxLength: 5 }), (records) => {
        const parsed = readBack(toCsv(records).text);
        const expected = records.map((record) =>
          CSV_COLUMNS.map(({ key }) => neutralised(toCsvRow(record)[key])),
        );
        expect(parsed).toEqual([HEADERS, ...expected]);
      }),
    );
  });
});
