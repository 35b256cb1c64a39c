import { aRecord } from '../testing/fixtures/export-records';
import { readCsvLikeASpreadsheet } from '../testing/spreadsheet/read-csv';
import { buildExportFile } from '.';

describe('buildExportFile (resolver contract, "Export file writer")', () => {
  const records = [
    aRecord({ id: 31, summary: 'Group created', created: '2026-11-02T08:00:00.000+0000' }),
    aRecord({ id: 30, summary: 'a\n=b', created: '2026-11-01T23:30:00.000+0000' }),
  ];

  it('builds the whole CSV: one row per record, in order, ids first, dates in the admin zone and UTC', () => {
    const file = buildExportFile({
      records,
      format: 'csv',
      siteUrl: 'https://acme.atlassian.net',
      from: '2026-11-01T00:00:00.000+01:00',
      to: '2026-11-02T23:59:59.999+01:00',
      zone: 'Europe/Berlin',
    });
    expect(file).toMatchObject({
      fileName: 'audit-log_acme.atlassian.net_2026-11-01_to_2026-11-02.csv',
      mimeType: 'text/csv;charset=utf-8',
      written: 2,
    });
    const rows = readCsvLikeASpreadsheet(file.text);
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ['ID', 'Created (Europe/Berlin)', 'Created (UTC, ISO 8601)'],
      ['31', '2026-11-02 09:00:00', '2026-11-02T08:00:00.000Z'],
      ['30', '2026-11-02 00:30:00', '2026-11-01T23:30:00.000Z'],
    ]);
    expect(rows[2]?.[4]).toBe("a\n'=b");
  });

  it('builds the whole JSON: the records as given', () => {
    const file = buildExportFile({ records, format: 'json' });
    expect(file).toMatchObject({
      fileName: 'audit-log_jira_start_to_now.json',
      mimeType: 'application/json;charset=utf-8',
      written: 2,
    });
    expect(JSON.parse(file.text)).toEqual(records);
  });
});
