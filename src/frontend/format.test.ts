import fc from 'fast-check';
import {
  describeInstant,
  formatDay,
  formatInZone,
  formatShortTime,
  formatUtc,
  pickerDateFormat,
  resolveLocale,
} from './format';

const NOW = Date.parse('2026-12-01T12:00:00Z');

describe('one date format per locale', () => {
  it.each([
    ['en-US', 'Nov 30, 06:43', 'Nov 30, 2025, 06:43', 'MMM D, YYYY', 'Nov 30', 'Nov 30, 2026'],
    ['en-GB', '30/11, 06:43', '30/11/2025, 06:43', 'DD/MM/YYYY', '30/11', '30/11/2026'], // "Sept", "June": digits
    ['de-DE', '30.11., 06:43', '30.11.2025, 06:43', 'DD.MM.YYYY', '30.11.', '30.11.2026'],
    ['fr-FR', '30/11 06:43', '30/11/2025 06:43', 'DD/MM/YYYY', '30/11', '30/11/2026'],
    ['ja-JP', '11/30 06:43', '2025/11/30 06:43', 'YYYY/MM/DD', '11/30', '2026/11/30'],
  ])(
    '%s: table %s (%s last year), picker %s, axis %s, day list %s',
    (locale, table, lastYear, picker, axis, day) => {
      expect(formatShortTime('2026-11-30T06:43:59.999Z', 'UTC', locale, NOW)).toBe(table);
      expect(formatShortTime('2025-11-30T06:43:00.000Z', 'UTC', locale, NOW)).toBe(lastYear);
      expect(pickerDateFormat(locale)).toBe(picker);
      expect(formatDay('2026-11-30', locale)).toBe(axis);
      expect(formatDay('2026-11-30', locale, { year: true })).toBe(day);
    },
  );

  it('reads the table time in the admin zone, the year of that zone deciding', () => {
    // 23:30 UTC on Dec 31 is already next year in Berlin.
    const newYear = Date.parse('2027-01-01T00:30:00+01:00');
    expect(formatShortTime('2026-12-31T23:30:00Z', 'Europe/Berlin', 'en-US', newYear)).toBe(
      'Jan 1, 00:30',
    );
    expect(formatShortTime('2026-12-31T23:30:00Z', 'UTC', 'en-US', newYear)).toBe('Dec 31, 23:30');
  });

  it.each([
    ['2026-10-25T00:30:00.000+0000', 'Europe/Berlin', 'Oct 25, 2026, 02:30:00.000 GMT+2'], // first 02:30 (CEST)
    ['2026-10-25T01:30:00.000+0000', 'Europe/Berlin', 'Oct 25, 2026, 02:30:00.000 GMT+1'], // second 02:30 (CET)
    ['2026-11-01T08:30:00.000Z', 'America/Los_Angeles', 'Nov 1, 2026, 01:30:00.000 PDT'],
    ['2026-11-01T09:30:00.000Z', 'America/Los_Angeles', 'Nov 1, 2026, 01:30:00.000 PST'],
    ['not a date', 'UTC', 'not a date'],
  ])('the full instant %s in %s reads %s', (instant, zone, expected) => {
    expect(formatInZone(instant, zone, 'en-US')).toBe(expected);
  });

  it('hovers with the instant in the zone, the zone and UTC', () => {
    expect(describeInstant('2026-11-30T06:43:12.123Z', 'Europe/Berlin', 'en-US')).toBe(
      'Nov 30, 2026, 07:43:12.123 GMT+1 (Europe/Berlin) · UTC 2026-11-30T06:43:12.123Z',
    );
    expect(formatUtc('2026-10-25T02:30:00.000+0200')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('the picker pattern spells any day as the day list does', () => {
    const spell = (pattern: string, date: Date) =>
      pattern.replace(
        /YYYY|MMM|MM|DD|D/g,
        (token) =>
          ({
            YYYY: String(date.getUTCFullYear()),
            MMM: date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' }),
            MM: String(date.getUTCMonth() + 1).padStart(2, '0'),
            DD: String(date.getUTCDate()).padStart(2, '0'),
            D: String(date.getUTCDate()),
          })[token] ?? token,
      );
    fc.assert(
      fc.property(
        fc.constantFrom('en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP', 'nl-NL', 'en-AU'),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (locale, date) => {
          const day = date.toISOString().slice(0, 10);
          expect(spell(pickerDateFormat(locale), date)).toBe(
            formatDay(day, locale, { year: true }),
          );
        },
      ),
    );
  });

  it.each([
    ['de_DE', 'de-DE'],
    ['en-GB', 'en-GB'],
    [undefined, 'en-US'],
    ['', 'en-US'],
    ['!!', 'en-US'],
  ])('reads the Forge locale %p as %s', (locale, expected) => {
    expect(resolveLocale(locale)).toBe(expected);
  });
});
