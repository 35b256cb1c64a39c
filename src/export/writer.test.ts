import fc from 'fast-check';
import type { AuditRecord } from '../contract';
import { aRecord, arbitraryRecord } from '../testing/fixtures/export-records';
import { readCsvLikeASpreadsheet } from '../testing/spreadsheet/read-csv';
import { createExportWriter } from './writer';
import type { ExportFormat } from './file-name';

/** Writes `records` split into pages at `cuts`, as the dialog does while pages arrive. */
const writeInPages = (format: ExportFormat, records: readonly AuditRecord[], cuts: number[]) => {
  const writer = createExportWriter({ format, zone: 'UTC' });
  const bounds = [
    ...new Set([0, ...cuts.map((cut) => cut % (records.length + 1)), records.length]),
  ];
  bounds.sort((a, b) => a - b);
  let text = writer.header;
  for (let index = 1; index < bounds.length; index++) {
    text += writer.append(records.slice(bounds[index - 1], bounds[index]));
  }
  return { text: text + writer.finish(), written: writer.written };
};

const pages = fc.array(fc.nat(), { maxLength: 4 });

describe('export writer', () => {
  it('writes JSON as the records exactly as the resolver returned them, however they arrive in pages', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRecord(), { maxLength: 6 }), pages, (records, cuts) => {
        const { text, written } = writeInPages('json', records, cuts);
        expect(JSON.parse(text)).toEqual(records);
        // The layout a reader of the old, all-at-once file knows.
        expect(text).toBe(`${JSON.stringify(records, null, 2)}\n`);
        expect(written).toBe(records.length);
      }),
    );
  });

  it('writes CSV that reads back as one row per record in order, however they arrive in pages', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRecord(), { maxLength: 6 }), pages, (records, cuts) => {
        const { text, written } = writeInPages('csv', records, cuts);
        const [, ...rows] = readCsvLikeASpreadsheet(text);
        expect(rows.map((row) => row[0])).toEqual(records.map((record) => String(record.id)));
        expect(written).toBe(records.length);
        expect(text).toBe(writeInPages('csv', records, []).text);
      }),
    );
  });

  it.each([
    ['csv', '\uFEFFID,', ''],
    ['json', '[', ']\n'],
  ] as const)('writes an empty %s file as its header and its end', (format, header, end) => {
    const writer = createExportWriter({ format });
    expect(writer.header.startsWith(header)).toBe(true);
    expect(writer.append([])).toBe('');
    expect(writer.finish()).toBe(end);
    expect(writer.written).toBe(0);
  });

  it.each([
    ['csv', 'text/csv;charset=utf-8'],
    ['json', 'application/json;charset=utf-8'],
  ] as const)('names a %s file for the site and range, with its type', (format, mimeType) => {
    const writer = createExportWriter({
      format,
      siteUrl: 'https://acme.atlassian.net',
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-02T23:59:59.999Z',
    });
    expect(writer.fileName).toBe(`audit-log_acme.atlassian.net_2026-11-01_to_2026-11-02.${format}`);
    expect(writer.mimeType).toBe(mimeType);
  });

  it('refuses records after the end of the file', () => {
    const writer = createExportWriter({ format: 'json' });
    writer.append([aRecord()]);
    expect(writer.finish()).toBe('\n]\n');
    expect(() => writer.append([aRecord()])).toThrow(/finished/);
  });
});
