import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  dayRangeBounds,
  endOfDay,
  instantInZone,
  isCalendarDay,
  quickRangeBounds,
  QUICK_RANGES,
  resolveZone,
  startOfDay,
  todayInZone,
} from './date-range';

const BERLIN = 'Europe/Berlin';
const LOS_ANGELES = 'America/Los_Angeles';
const HOUR = 3_600_000;
const ms = (instant: string): number => DateTime.fromISO(instant, { setZone: true }).toMillis();

// Zones with odd rules: DST at midnight (Santiago), 30-minute DST (Lord Howe), no DST, fractional offsets.
const ZONES = [
  BERLIN,
  LOS_ANGELES,
  'America/Santiago',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'UTC',
];
const zoneArb = fc.constantFrom(...ZONES);
const dayArb = fc
  .date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2060-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));
const nowArb = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2050, 0, 1) });

describe('start and end of a day in the admin zone', () => {
  it.each([
    // zone, day, start, end, hours in the day
    [BERLIN, '2026-03-28', '2026-03-28T00:00:00.000+01:00', '2026-03-28T23:59:59.999+01:00', 24],
    [BERLIN, '2026-03-29', '2026-03-29T00:00:00.000+01:00', '2026-03-29T23:59:59.999+02:00', 23],
    [BERLIN, '2026-03-30', '2026-03-30T00:00:00.000+02:00', '2026-03-30T23:59:59.999+02:00', 24],
    [BERLIN, '2026-10-25', '2026-10-25T00:00:00.000+02:00', '2026-10-25T23:59:59.999+01:00', 25],
    [BERLIN, '2026-10-26', '2026-10-26T00:00:00.000+01:00', '2026-10-26T23:59:59.999+01:00', 24],
    [
      LOS_ANGELES,
      '2026-03-08',
      '2026-03-08T00:00:00.000-08:00',
      '2026-03-08T23:59:59.999-07:00',
      23,
    ],
    [
      LOS_ANGELES,
      '2026-03-09',
      '2026-03-09T00:00:00.000-07:00',
      '2026-03-09T23:59:59.999-07:00',
      24,
    ],
    [
      LOS_ANGELES,
      '2026-10-31',
      '2026-10-31T00:00:00.000-07:00',
      '2026-10-31T23:59:59.999-07:00',
      24,
    ],
    [
      LOS_ANGELES,
      '2026-11-01',
      '2026-11-01T00:00:00.000-07:00',
      '2026-11-01T23:59:59.999-08:00',
      25,
    ],
    ['UTC', '2026-11-01', '2026-11-01T00:00:00.000Z', '2026-11-01T23:59:59.999Z', 24],
    // Santiago skips midnight: the day starts at 01:00.
    [
      'America/Santiago',
      '2026-09-06',
      '2026-09-06T01:00:00.000-03:00',
      '2026-09-06T23:59:59.999-03:00',
      23,
    ],
  ])('%s %s runs from %s to %s (%i hours)', (zone, day, start, end, hours) => {
    expect(startOfDay(day, zone)).toBe(start);
    expect(endOfDay(day, zone)).toBe(end);
    expect(ms(end) - ms(start) + 1).toBe(hours * HOUR);
  });

  it('starts at the first instant of the day: one millisecond earlier is the day before', () => {
    fc.assert(
      fc.property(zoneArb, dayArb, (zone, day) => {
        const start = ms(startOfDay(day, zone));
        expect(DateTime.fromMillis(start, { zone }).toISODate()).toBe(day);
        expect(DateTime.fromMillis(start - 1, { zone }).toISODate()).not.toBe(day);
      }),
    );
  });

  it('ends at the last millisecond of the day: the next day starts one millisecond later', () => {
    fc.assert(
      fc.property(zoneArb, dayArb, (zone, day) => {
        const end = ms(endOfDay(day, zone));
        expect(DateTime.fromMillis(end, { zone }).toISODate()).toBe(day);
        const nextDay = DateTime.fromISO(day).plus({ days: 1 }).toISODate()!;
        expect(ms(startOfDay(nextDay, zone))).toBe(end + 1);
      }),
    );
  });

  it('writes each instant with the offset the zone has at that instant', () => {
    fc.assert(
      fc.property(zoneArb, dayArb, (zone, day) => {
        for (const instant of [startOfDay(day, zone), endOfDay(day, zone)]) {
          const expected = DateTime.fromMillis(ms(instant), { zone });
          expect(instant).toMatch(/T\d{2}:\d{2}:\d{2}\.\d{3}(Z|[+-]\d{2}:\d{2})$/);
          expect(DateTime.fromISO(instant, { setZone: true }).offset).toBe(expected.offset);
        }
      }),
    );
  });

  it('rejects text that is not a calendar day', () => {
    for (const bad of ['2026-02-30', '2026-3-1', '01/03/2026', '', '2026-03-01T00:00']) {
      expect(isCalendarDay(bad)).toBe(false);
      expect(() => startOfDay(bad, BERLIN)).toThrow(RangeError);
    }
    expect(isCalendarDay('2028-02-29')).toBe(true);
  });
});

describe('the zone used for days', () => {
  it.each([
    [BERLIN, BERLIN],
    [undefined, 'UTC'],
    [null, 'UTC'],
    ['', 'UTC'],
    ['Mars/Olympus_Mons', 'UTC'],
  ])('context timezone %p is read as %s', (timezone, zone) => {
    expect(resolveZone(timezone)).toBe(zone);
  });
});

describe('quick ranges relative to now', () => {
  const now = ms('2026-03-30T10:15:00.000+02:00');

  it.each([
    ['last-24-hours', BERLIN, '2026-03-29T10:15:00.000+02:00'],
    ['last-7-days', BERLIN, '2026-03-23T10:15:00.000+01:00'],
    ['last-30-days', BERLIN, '2026-02-28T10:15:00.000+01:00'],
    ['last-90-days', BERLIN, '2025-12-30T10:15:00.000+01:00'],
    ['last-7-days', LOS_ANGELES, '2026-03-23T01:15:00.000-07:00'],
    ['last-7-days', 'UTC', '2026-03-23T08:15:00.000Z'],
  ] as const)('%s in %s starts at %s and ends now', (range, zone, from) => {
    expect(quickRangeBounds(range, now, zone)).toEqual({ from, to: instantInZone(now, zone) });
  });

  it('counts the last 24 hours in real hours, so across the spring change the clock reads an hour earlier', () => {
    const noon = ms('2026-03-29T12:00:00.000+02:00');
    expect(quickRangeBounds('last-24-hours', noon, BERLIN).from).toBe(
      '2026-03-28T11:00:00.000+01:00',
    );
  });

  it('keeps the wall-clock time across a DST change, so a week is 167 hours in spring', () => {
    const { from, to } = quickRangeBounds('last-7-days', now, BERLIN);
    expect(ms(to) - ms(from)).toBe(167 * HOUR);
  });

  it('always ends exactly now and starts before now', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUICK_RANGES), zoneArb, nowArb, (range, zone, nowMillis) => {
        const { from, to } = quickRangeBounds(range, nowMillis, zone);
        expect(ms(to)).toBe(nowMillis);
        expect(ms(from)).toBeLessThan(nowMillis);
        if (range === 'last-24-hours') expect(nowMillis - ms(from)).toBe(24 * HOUR);
        else expect(nowMillis - ms(from)).toBeGreaterThanOrEqual(6 * 24 * HOUR);
      }),
    );
  });
});

describe('bounds of a search over whole days', () => {
  const now = ms('2026-11-01T12:00:00.000-08:00');

  it.each([
    [{}, LOS_ANGELES, { ok: true, to: '2026-11-01T12:00:00.000-08:00' }],
    [
      { fromDay: '2026-10-31' },
      LOS_ANGELES,
      { ok: true, from: '2026-10-31T00:00:00.000-07:00', to: '2026-11-01T12:00:00.000-08:00' },
    ],
    [
      { fromDay: '2026-10-31', toDay: '2026-10-31' },
      LOS_ANGELES,
      { ok: true, from: '2026-10-31T00:00:00.000-07:00', to: '2026-10-31T23:59:59.999-07:00' },
    ],
    // The To day is today: its end lies in the future, so the search ends now.
    [{ toDay: '2026-11-01' }, LOS_ANGELES, { ok: true, to: '2026-11-01T12:00:00.000-08:00' }],
    [
      { fromDay: '2026-10-24', toDay: '2026-10-25' },
      BERLIN,
      { ok: true, from: '2026-10-24T00:00:00.000+02:00', to: '2026-10-25T23:59:59.999+01:00' },
    ],
    [
      { fromDay: '2026-10-31', toDay: '2026-10-30' },
      LOS_ANGELES,
      { ok: false, problems: ['to-before-from'] },
    ],
    [{ fromDay: '2026-11-02' }, LOS_ANGELES, { ok: false, problems: ['from-in-future'] }],
    [{ toDay: '2026-11-02' }, LOS_ANGELES, { ok: false, problems: ['to-in-future'] }],
    [{ toDay: '2026-11-01' }, BERLIN, { ok: true, to: '2026-11-01T21:00:00.000+01:00' }],
    // At that moment it is already 2 November in Kolkata, so that day is not in the future there.
    [
      { fromDay: '2026-11-02' },
      'Asia/Kolkata',
      { ok: true, from: '2026-11-02T00:00:00.000+05:30', to: '2026-11-02T01:30:00.000+05:30' },
    ],
    [
      { fromDay: '2026-11-03', toDay: '2026-11-02' },
      LOS_ANGELES,
      { ok: false, problems: ['from-in-future', 'to-in-future', 'to-before-from'] },
    ],
    [{ fromDay: '2026-02-30' }, LOS_ANGELES, { ok: false, problems: ['invalid-from'] }],
    [{ toDay: 'tomorrow' }, LOS_ANGELES, { ok: false, problems: ['invalid-to'] }],
  ])('%j in %s gives %j', (range, zone, expected) => {
    expect(dayRangeBounds(range, zone as string, now)).toEqual(expected);
  });

  it('pins the upper bound to now or earlier and never sends a lower bound after it', () => {
    fc.assert(
      fc.property(zoneArb, dayArb, dayArb, nowArb, (zone, a, b, nowMillis) => {
        const [fromDay, toDay] = a <= b ? [a, b] : [b, a];
        const bounds = dayRangeBounds({ fromDay, toDay }, zone, nowMillis);
        const today = todayInZone(nowMillis, zone);
        if (toDay > today) {
          expect(bounds.ok).toBe(false);
          return;
        }
        if (!bounds.ok) throw new Error(`unexpected problems ${bounds.problems.join()}`);
        expect(ms(bounds.to)).toBeLessThanOrEqual(nowMillis);
        expect(ms(bounds.from!)).toBeLessThanOrEqual(ms(bounds.to));
        expect(bounds.to).toBe(
          toDay === today ? instantInZone(nowMillis, zone) : endOfDay(toDay, zone),
        );
      }),
    );
  });

  it('explains a To day before the From day instead of searching', () => {
    fc.assert(
      fc.property(zoneArb, dayArb, dayArb, (zone, a, b) => {
        fc.pre(a !== b);
        const [toDay, fromDay] = a < b ? [a, b] : [b, a];
        const bounds = dayRangeBounds({ fromDay, toDay }, zone, Date.UTC(2070, 0, 1));
        expect(bounds).toEqual({ ok: false, problems: ['to-before-from'] });
      }),
    );
  });
});
