import fc from 'fast-check';
import { DateTime } from 'luxon';
import { dayOfNumber, localDayNumber, offsetPieces, type OffsetPiece } from './zone-days';

const utc = (text: string) => Date.parse(text);
const HOUR = 3_600_000;
const pieceAt = (pieces: readonly OffsetPiece[], ms: number) =>
  pieces.filter((piece) => piece.start <= ms).at(-1)!;

describe('offsetPieces', () => {
  it.each<[string, string, string, string, [string, number][]]>([
    // Berlin: summer time 2026-03-29 01:00 UTC to 2026-10-25 01:00 UTC.
    [
      'Europe/Berlin, a year',
      'Europe/Berlin',
      '2026-01-01T00:00:00Z',
      '2026-12-31T00:00:00Z',
      [
        ['2026-01-01T00:00:00.000Z', 1],
        ['2026-03-29T01:00:00.000Z', 2],
        ['2026-10-25T01:00:00.000Z', 1],
      ],
    ],
    // Los Angeles: summer time 2026-03-08 10:00 UTC to 2026-11-01 09:00 UTC.
    [
      'America/Los_Angeles, across the autumn change',
      'America/Los_Angeles',
      '2026-10-20T00:00:00Z',
      '2026-11-10T00:00:00Z',
      [
        ['2026-10-20T00:00:00.000Z', -7],
        ['2026-11-01T09:00:00.000Z', -8],
      ],
    ],
    [
      'Asia/Kolkata never changes',
      'Asia/Kolkata',
      '2020-01-01T00:00:00Z',
      '2026-01-01T00:00:00Z',
      [['2020-01-01T00:00:00.000Z', 5.5]],
    ],
    // Lord Howe Island moves by half an hour: 2026-04-05 02:00 local (04-04 15:00 UTC), from +11 to +10:30.
    [
      'Australia/Lord_Howe, half an hour',
      'Australia/Lord_Howe',
      '2026-04-01T00:00:00Z',
      '2026-04-10T00:00:00Z',
      [
        ['2026-04-01T00:00:00.000Z', 11],
        ['2026-04-04T15:00:00.000Z', 10.5],
      ],
    ],
  ])('%s', (_name, zone, from, to, expected) => {
    const pieces = offsetPieces(zone, utc(from), utc(to));
    expect(
      pieces.map((piece) => [new Date(piece.start).toISOString(), piece.offsetMs / HOUR]),
    ).toEqual(expected);
  });

  it("gives every instant of the range the day luxon gives it in the zone (the oracle: luxon's own zone rules)", () => {
    const zones = [
      'Europe/Berlin',
      'America/Los_Angeles',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'America/St_Johns',
      'Pacific/Apia',
      'UTC',
    ];
    const start = utc('2010-01-01T00:00:00Z');
    const end = utc('2030-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: start, max: end }),
        fc.integer({ min: 0, max: 800 * 86_400_000 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (zone, from, span, points) => {
          const to = from + span;
          const pieces = offsetPieces(zone, from, to);
          for (const point of points) {
            const ms = Math.floor(from + point * span);
            const day = dayOfNumber(localDayNumber(ms, pieceAt(pieces, ms).offsetMs));
            expect([zone, new Date(ms).toISOString(), day]).toEqual([
              zone,
              new Date(ms).toISOString(),
              DateTime.fromMillis(ms, { zone }).toISODate(),
            ]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('local day numbers', () => {
  it.each([
    ['2026-10-24T21:59:59.999Z', 2 * HOUR, '2026-10-24'],
    ['2026-10-24T22:00:00.000Z', 2 * HOUR, '2026-10-25'],
    ['2026-11-01T07:59:59.999Z', -8 * HOUR, '2026-10-31'],
    ['2026-11-01T08:00:00.000Z', -8 * HOUR, '2026-11-01'],
    ['1970-01-01T00:00:00.000Z', 0, '1970-01-01'],
  ])('%s at offset %d ms is %s', (instant, offset, day) => {
    expect(dayOfNumber(localDayNumber(utc(instant), offset))).toBe(day);
  });
});
