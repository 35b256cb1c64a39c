import { describeItem, formatInZone, formatUtc, resolveLocale } from './format';

describe('how a record reads', () => {
  it.each([
    ['2026-10-25T00:30:00.000+0000', 'Europe/Berlin', 'Oct 25, 2026, 2:30:00 AM GMT+2'], // first 02:30 (CEST)
    ['2026-10-25T01:30:00.000+0000', 'Europe/Berlin', 'Oct 25, 2026, 2:30:00 AM GMT+1'], // second 02:30 (CET)
    ['2026-11-01T08:30:00.000Z', 'America/Los_Angeles', 'Nov 1, 2026, 1:30:00 AM PDT'], // first 01:30 (PDT)
    ['2026-11-01T09:30:00.000Z', 'America/Los_Angeles', 'Nov 1, 2026, 1:30:00 AM PST'], // second 01:30 (PST)
    ['2026-11-01T08:59:59.000Z', 'UTC', 'Nov 1, 2026, 8:59:59 AM UTC'],
    ['not a date', 'UTC', 'not a date'],
  ])('%s in %s reads %s', (instant, zone, expected) => {
    expect(formatInZone(instant, zone, 'en-US')).toBe(expected);
  });

  it('gives the UTC instant for the tooltip', () => {
    expect(formatUtc('2026-10-25T02:30:00.000+0200')).toBe('2026-10-25T00:30:00.000Z');
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

  it('names an object by type, name and parent', () => {
    expect(describeItem({ name: 'Apollo', typeName: 'PROJECT' })).toBe('PROJECT Apollo');
    expect(describeItem({ name: 'devs', typeName: 'GROUP', parentName: 'Site' })).toBe(
      'GROUP devs (in Site)',
    );
  });
});
