/** The Intl-based zone arithmetic against luxon (a devDependency kept as the oracle) and against known changes. */
import fc from 'fast-check';
import { DateTime, IANAZone } from 'luxon';
import { offsetPieces } from '../domain/zone-days';
import { readInstant } from './instant';
import {
  instantAtWall,
  isoInZone,
  isTimeZone,
  MINUTE_MS,
  offsetMinutesAt,
  wallAt,
  wallMillis,
} from './time-zone';

// DST at midnight (Santiago, Havana), 30-minute DST (Lord Howe), no DST, fractional offsets, a skipped day (Apia),
// southern hemisphere, and the far east and west of the offsets.
const ZONES = [
  'Europe/Berlin',
  'America/Los_Angeles',
  'America/Santiago',
  'America/Havana',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Pacific/Apia',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Europe/London',
  'UTC',
  'Etc/GMT+5',
];
const zoneArb = fc.constantFrom(...ZONES);
const instantArb = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2060, 0, 1) });
const HOUR = 3_600_000;

// Walls within two hours of each offset change from 2000 to 2040: where gaps and repeated hours are.
const changesByZone = new Map(
  ZONES.map((zone) => [
    zone,
    offsetPieces(zone, Date.UTC(2000, 0, 1), Date.UTC(2040, 0, 1))
      .slice(1)
      .map(({ start }) => start),
  ]),
);
const nearChangeArb = zoneArb
  .filter((zone) => changesByZone.get(zone)!.length > 0)
  .chain((zone) =>
    fc.tuple(
      fc.constant(zone),
      fc.constantFrom(...changesByZone.get(zone)!),
      fc.integer({ min: -2 * 60, max: 2 * 60 }),
    ),
  )
  .map(([zone, change, minutes]) => [zone, wallAt(zone, change) + minutes * MINUTE_MS] as const);
const zoneAndWallArb = fc.oneof(
  fc.tuple(zoneArb, instantArb).map(([zone, ms]) => [zone, ms] as const),
  nearChangeArb,
);

describe('isTimeZone', () => {
  it.each([
    ['Europe/Berlin', true],
    ['europe/berlin', true],
    ['UTC', true],
    ['Etc/GMT-14', true],
    ['', false],
    ['Mars/Olympus_Mons', false],
    ['UTC+3', false],
    ['Europe/Berlin ', false],
  ])('%j → %s, as luxon decides', (zone, known) => {
    expect(isTimeZone(zone)).toBe(known);
    expect(IANAZone.isValidZone(zone)).toBe(known);
  });
});

describe('offsetMinutesAt', () => {
  it.each([
    ['Europe/Berlin', '2026-03-29T00:59:59.999Z', 60],
    ['Europe/Berlin', '2026-03-29T01:00:00.000Z', 120],
    ['Asia/Kathmandu', '2026-06-01T00:00:00.000Z', 345],
    ['America/Los_Angeles', '2026-11-01T09:00:00.000Z', -480],
    ['Pacific/Apia', '2011-12-30T09:59:59.000Z', -600],
    ['Pacific/Apia', '2011-12-30T10:00:00.000Z', 840],
  ])('%s at %s is %i minutes', (zone, instant, minutes) => {
    expect(offsetMinutesAt(zone, Date.parse(instant))).toBe(minutes);
  });

  it('agrees with luxon at every instant in every zone', () => {
    fc.assert(
      fc.property(zoneArb, instantArb, (zone, ms) => {
        expect(offsetMinutesAt(zone, ms)).toBe(IANAZone.create(zone).offset(ms));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a zone the runtime does not know', () => {
    expect(() => offsetMinutesAt('Mars/Olympus_Mons', 0)).toThrow(RangeError);
  });
});

describe('wallMillis', () => {
  it('reads years 0-99 as themselves, not 1900-1999', () => {
    expect(new Date(wallMillis(45, 3, 15)).toISOString()).toBe('0045-03-15T00:00:00.000Z');
  });
});

describe('instantAtWall', () => {
  const wall = (text: string) => Date.parse(`${text}Z`);
  it.each([
    [
      'an ordinary time',
      'Europe/Berlin',
      '2026-06-01T12:00:00.000',
      undefined,
      '2026-06-01T10:00:00.000Z',
    ],
    [
      'a skipped time moves on by the gap',
      'Europe/Berlin',
      '2026-03-29T02:30:00.000',
      undefined,
      '2026-03-29T01:30:00.000Z',
    ],
    [
      'a repeated time: the earlier',
      'Europe/Berlin',
      '2026-10-25T02:30:00.000',
      undefined,
      '2026-10-25T00:30:00.000Z',
    ],
    [
      'a repeated time: the preferred offset',
      'Europe/Berlin',
      '2026-10-25T02:30:00.000',
      60,
      '2026-10-25T01:30:00.000Z',
    ],
    [
      'a preferred offset the wall does not have is ignored',
      'Europe/Berlin',
      '2026-06-01T12:00:00.000',
      60,
      '2026-06-01T10:00:00.000Z',
    ],
    [
      'a skipped midnight (Santiago)',
      'America/Santiago',
      '2026-09-06T00:00:00.000',
      undefined,
      '2026-09-06T04:00:00.000Z',
    ],
    [
      'a skipped day (Apia)',
      'Pacific/Apia',
      '2011-12-30T00:00:00.000',
      undefined,
      '2011-12-30T10:00:00.000Z',
    ],
  ])('%s', (_name, zone, local, prefer, expected) => {
    expect(new Date(instantAtWall(zone, wall(local), prefer)).toISOString()).toBe(expected);
  });

  it('shows the wall asked for (the first of a repeated one), or moves on by the gap, as luxon resolves', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(zoneAndWallArb, ([zone, around]) => {
        const asked = Math.floor(around / MINUTE_MS) * MINUTE_MS;
        const found = instantAtWall(zone, asked);
        const shown = wallAt(zone, found);
        // Every instant that could show `asked`: the wall less each offset the zone has near it.
        const others = [-24, -3, -1, 1, 3, 24]
          .map((hours) => asked - offsetMinutesAt(zone, found + hours * HOUR) * MINUTE_MS)
          .filter((other) => other !== found && wallAt(zone, other) === asked);
        if (shown === asked) {
          for (const other of others) expect(other).toBeGreaterThan(found);
        } else {
          // A gap: no instant shows `asked`, and the clocks moved on by exactly the jump.
          const jump = shown - asked;
          expect(others).toEqual([]);
          expect(offsetMinutesAt(zone, found) - offsetMinutesAt(zone, found - jump - 1)).toBe(
            jump / MINUTE_MS,
          );
        }
        // luxon resolves from the offset the zone has today, which misreads a zone that has since changed its
        // standard offset (Apia in 2010) and picks by that offset in a repeated hour; where its answer shows
        // `asked` and no other instant does, it must be ours.
        const theirs = DateTime.fromISO(new Date(asked).toISOString().slice(0, 23), { zone });
        if (others.length === 0 && wallAt(zone, theirs.toMillis()) === asked)
          expect(found).toBe(theirs.toMillis());
        seen.add(shown === asked ? (others.length > 0 ? 'repeated' : 'plain') : 'skipped');
      }),
      { numRuns: 3000 },
    );
    expect([...seen].sort()).toEqual(['plain', 'repeated', 'skipped']);
  });
});

describe('isoInZone', () => {
  it.each([
    ['UTC', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z'],
    ['Europe/London', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000+00:00'],
    ['Asia/Kathmandu', '2026-11-01T00:00:00.000Z', '2026-11-01T05:45:00.000+05:45'],
    ['America/Los_Angeles', '2026-11-01T08:59:59.999Z', '2026-11-01T01:59:59.999-07:00'],
  ])('%s: %s → %s', (zone, instant, expected) => {
    expect(isoInZone(Date.parse(instant), zone)).toBe(expected);
  });

  it('writes what luxon writes, and reads back as the same instant and offset', () => {
    fc.assert(
      fc.property(zoneArb, instantArb, (zone, ms) => {
        const written = isoInZone(ms, zone);
        expect(written).toBe(DateTime.fromMillis(ms, { zone }).toISO());
        expect(readInstant(written)).toEqual({
          ms,
          offsetMinutes: offsetMinutesAt(zone, ms),
        });
      }),
      { numRuns: 2000 },
    );
  });
});
