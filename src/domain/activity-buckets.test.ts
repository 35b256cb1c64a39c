import fc from 'fast-check';
import { DateTime } from 'luxon';
import { MAX_PADDED_DAYS, bucketActivity, dayOf } from './activity-buckets';

const at = (created: string, category = 'projects') => ({ created, category });

describe('activity buckets', () => {
  it.each([
    // Berlin leaves summer time on 2026-10-25 03:00 → 02:00.
    ['2026-10-24T21:59:59.999+0000', 'Europe/Berlin', '2026-10-24'],
    ['2026-10-24T22:00:00.000+0000', 'Europe/Berlin', '2026-10-25'],
    ['2026-10-25T22:59:59.999+0000', 'Europe/Berlin', '2026-10-25'],
    ['2026-10-25T23:00:00.000+0000', 'Europe/Berlin', '2026-10-26'],
    // New York starts summer time on 2026-03-08.
    ['2026-03-08T04:59:59.999Z', 'America/New_York', '2026-03-07'],
    ['2026-03-08T05:00:00.000Z', 'America/New_York', '2026-03-08'],
    ['2026-03-09T03:59:59.999Z', 'America/New_York', '2026-03-08'],
    ['2026-03-09T04:00:00.000Z', 'America/New_York', '2026-03-09'],
    ['2026-11-01T05:30:00.000+05:30', 'UTC', '2026-11-01'],
    ['2026-11-01T05:29:59.999+05:30', 'UTC', '2026-10-31'],
    ['2026-11-01T23:30:00.000+0000', 'Asia/Kolkata', '2026-11-02'],
  ])('puts %s on the right day in %s, across DST changes', (created, timezone, day) => {
    expect(dayOf(created, timezone)).toBe(day);
  });

  it('counts records per day and category and fills empty days between them', () => {
    const days = bucketActivity({
      records: [
        at('2026-11-03T10:00:00.000+0000', 'projects'),
        at('2026-11-03T11:00:00.000+0000', 'projects'),
        at('2026-11-03T12:00:00.000+0000', 'fields'),
        at('2026-11-01T09:00:00.000+0000', 'user management'),
      ],
      timezone: 'UTC',
      capped: false,
    });
    expect(days).toEqual([
      { day: '2026-11-01', counts: { 'user management': 1 } },
      { day: '2026-11-02', counts: {} },
      { day: '2026-11-03', counts: { projects: 2, fields: 1 } },
    ]);
  });

  it('spans the whole range when the scan was complete', () => {
    const days = bucketActivity({
      records: [at('2026-11-02T10:00:00.000+0000')],
      timezone: 'Europe/Berlin',
      from: '2026-10-31T00:00:00.000+01:00',
      to: '2026-11-03T23:59:59.999+01:00',
      capped: false,
    });
    expect(days.map((d) => d.day)).toEqual([
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
    ]);
  });

  it('starts at the oldest scanned day when the scan was capped, since older days are unknown', () => {
    const days = bucketActivity({
      records: [at('2026-11-02T10:00:00.000+0000')],
      timezone: 'UTC',
      from: '2026-10-01T00:00:00.000Z',
      to: '2026-11-03T23:59:59.999Z',
      capped: true,
    });
    expect(days.map((d) => d.day)).toEqual(['2026-11-02', '2026-11-03']);
  });

  it('does not draw years of empty days for an open-ended range', () => {
    const days = bucketActivity({
      records: [at('2026-11-02T10:00:00.000+0000')],
      timezone: 'UTC',
      from: '2019-01-01T00:00:00.000Z',
      to: '2026-11-02T23:59:59.999Z',
      capped: false,
    });
    expect(days.map((d) => d.day)).toEqual(['2026-11-02']);
  });

  it('is empty when there are no records and no range', () => {
    expect(bucketActivity({ records: [], timezone: 'UTC', capped: false })).toEqual([]);
  });

  it('has one entry per calendar day, even over a 23- or 25-hour DST day', () => {
    const days = bucketActivity({
      records: [at('2026-03-27T12:00:00.000+0000'), at('2026-03-31T12:00:00.000+0000')],
      timezone: 'Europe/Berlin',
      capped: false,
    });
    expect(days.map((d) => d.day)).toEqual([
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
    ]);
  });

  it('counts every record exactly once, on the day it falls on in the zone, with no gaps', () => {
    const zones = [
      'UTC',
      'Europe/Berlin',
      'America/New_York',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'Asia/Kathmandu',
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            time: fc.date({
              min: new Date('2026-01-01T00:00:00Z'),
              max: new Date('2026-12-31T00:00:00Z'),
              noInvalidDate: true,
            }),
            category: fc.constantFrom('projects', 'fields', 'workflows'),
          }),
          { maxLength: 60 },
        ),
        fc.constantFrom(...zones),
        (input, timezone) => {
          const records = input.map(({ time, category }) => at(time.toISOString(), category));
          const days = bucketActivity({ records, timezone, capped: false });
          const expected = new Map<string, number>();
          for (const r of records) {
            const day = DateTime.fromISO(r.created).setZone(timezone).toISODate()!;
            expected.set(day, (expected.get(day) ?? 0) + 1);
          }
          const counted = (d: (typeof days)[number]) =>
            Object.values(d.counts).reduce((a, b) => a + b, 0);
          expect(
            new Map(days.filter((d) => counted(d) > 0).map((d) => [d.day, counted(d)])),
          ).toEqual(expected);
          for (const [index, d] of days.entries()) {
            if (index > 0)
              expect(d.day).toBe(
                DateTime.fromISO(days[index - 1]!.day)
                  .plus({ days: 1 })
                  .toISODate(),
              );
          }
        },
      ),
    );
  });

  it('pads at most the stated number of empty days back from the end', () => {
    const days = bucketActivity({
      records: [],
      timezone: 'UTC',
      from: DateTime.fromISO('2026-11-30', { zone: 'UTC' })
        .minus({ days: MAX_PADDED_DAYS - 1 })
        .toISO()!,
      to: '2026-11-30T23:59:59.999Z',
      capped: false,
    });
    expect(days).toHaveLength(MAX_PADDED_DAYS);
  });
});
