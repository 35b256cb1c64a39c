import fc from 'fast-check';
import { DateTime } from 'luxon';
import { aRecord } from '../testing/fixtures/export-records';
import { readCsvLikeASpreadsheet as readBack } from '../testing/spreadsheet/read-csv';
import { createdCellsIn } from './created-cells';
import { csvHeaderLine, csvLinesIn } from './csv';

const csvOf = (zone: string | undefined, created: string) =>
  csvHeaderLine(zone) + csvLinesIn(zone)([aRecord({ created })]);

describe('created in the CSV', () => {
  it.each([
    [
      'Europe/Berlin in winter',
      'Europe/Berlin',
      '2026-01-20T10:15:00.000+0000',
      '2026-01-20 11:15:00',
      '2026-01-20T10:15:00.000Z',
    ],
    [
      'Europe/Berlin in summer',
      'Europe/Berlin',
      '2026-07-20T10:15:00.000+0000',
      '2026-07-20 12:15:00',
      '2026-07-20T10:15:00.000Z',
    ],
    [
      'the first 02:30 of a DST fall-back',
      'Europe/Berlin',
      '2026-10-25T00:30:00.000+0000',
      '2026-10-25 02:30:00',
      '2026-10-25T00:30:00.000Z',
    ],
    [
      'the repeated 02:30 of a DST fall-back',
      'Europe/Berlin',
      '2026-10-25T01:30:00.000+0000',
      '2026-10-25 02:30:00',
      '2026-10-25T01:30:00.000Z',
    ],
    [
      'a half-hour zone across midnight',
      'Asia/Kolkata',
      '2026-11-20T20:00:00.123+0000',
      '2026-11-21 01:30:00',
      '2026-11-20T20:00:00.123Z',
    ],
    [
      'a zone behind UTC',
      'America/New_York',
      '2026-11-20T03:00:00.000+0000',
      '2026-11-19 22:00:00',
      '2026-11-20T03:00:00.000Z',
    ],
    [
      'Jira text with an offset of its own',
      'UTC',
      '2026-11-20T12:15:00.000+0200',
      '2026-11-20 10:15:00',
      '2026-11-20T10:15:00.000Z',
    ],
  ])('writes created in the admin zone and in UTC: %s', (_, zone, created, local, utc) => {
    const [header, row] = readBack(csvOf(zone, created));
    expect(header?.slice(1, 3)).toEqual([`Created (${zone})`, 'Created (UTC, ISO 8601)']);
    expect(row?.slice(1, 3)).toEqual([local, utc]);
  });

  it.each([undefined, '', 'Mars/Olympus_Mons'])('falls back to UTC for the zone %j', (zone) => {
    const [header, row] = readBack(csvOf(zone, '2026-11-20T10:15:00.000+0000'));
    expect(header?.[1]).toBe('Created (UTC)');
    expect(row?.[1]).toBe('2026-11-20 10:15:00');
  });

  it('keeps Jira text it cannot read as a date in the UTC column and leaves the local one empty', () => {
    expect(readBack(csvOf('UTC', 'yesterday'))[1]?.slice(1, 3)).toEqual(['', 'yesterday']);
  });

  it('gives the local time luxon gives, for records in any order around DST changes', () => {
    const zones = [
      'Europe/Berlin',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'UTC',
    ];
    // Instants near the 2026 changes in Europe, the US and Lord Howe (a 30-minute change), and anywhere.
    const near = [
      Date.UTC(2026, 2, 29, 1),
      Date.UTC(2026, 9, 25, 1),
      Date.UTC(2026, 2, 8, 7),
      Date.UTC(2026, 3, 4, 15),
    ];
    const instant = fc.oneof(
      fc
        .tuple(fc.constantFrom(...near), fc.integer({ min: -2 * 3_600_000, max: 2 * 3_600_000 }))
        .map(([at, delta]) => at + delta),
      fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2035, 0, 1) }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.array(instant, { minLength: 1, maxLength: 30 }),
        (zone, instants) => {
          const cells = createdCellsIn(zone);
          for (const ms of instants) {
            const created = new Date(ms).toISOString().replace('Z', '+0000');
            const expected = DateTime.fromMillis(Math.floor(ms / 1000) * 1000, { zone }).toFormat(
              'yyyy-MM-dd HH:mm:ss',
            );
            expect(cells(created).local).toBe(expected);
          }
        },
      ),
    );
  });
});
