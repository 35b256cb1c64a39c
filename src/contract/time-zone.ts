/**
 * Time-zone arithmetic from the runtime's own `Intl`, which knows the IANA zones of the admin's browser and of Node.
 * No date library: the UI Kit bundle is measured against a goal, and luxon alone was ~70 KiB of it. Every rule the
 * page, the resolver, the archive and the export apply to zones and calendar days is built on these few functions.
 *
 * "Wall" milliseconds are a local date and time written as if it were UTC: `Date.UTC(y, m, d, h, mi, s, ms)`.
 */

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

// One formatter per zone, as luxon kept: building one costs far more than using it. The names a caller can spell
// are finite but case variants are not, so the memo is emptied rather than allowed to grow without end.
const MAX_REMEMBERED_ZONES = 500;
const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (zone: string): Intl.DateTimeFormat | undefined => {
  const known = formatters.get(zone);
  if (known !== undefined) return known;
  if (zone === '') return undefined;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return undefined; // RangeError: not a zone this runtime knows
  }
  if (formatters.size >= MAX_REMEMBERED_ZONES) formatters.clear();
  formatters.set(zone, formatter);
  return formatter;
};

/** Whether the runtime knows `zone` as an IANA time zone name (`Europe/Berlin`, `UTC`). */
export const isTimeZone = (zone: string): boolean => formatterFor(zone) !== undefined;

/** Wall milliseconds of a proleptic Gregorian date and time; years 0-99 are not read as 1900-1999. */
export const wallMillis = (
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number => {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millisecond);
  return date.getTime();
};

/**
 * The zone's UTC offset in minutes at an instant (local = UTC + offset). Throws on a zone the runtime does not
 * know: every caller's input schema refuses one first.
 */
export const offsetMinutesAt = (zone: string, ms: number): number => {
  const formatter = formatterFor(zone);
  if (formatter === undefined) throw new RangeError(`unknown time zone ${zone}`);
  const part: Record<string, string> = {};
  for (const { type, value } of formatter.formatToParts(ms)) part[type] = value;
  const year = Number(part.year);
  const wall = wallMillis(
    part.era === 'BC' ? 1 - year : year,
    Number(part.month),
    Number(part.day),
    Number(part.hour) % 24, // some engines still write midnight as 24
    Number(part.minute),
    Number(part.second),
  );
  // Intl shows whole seconds: compare with the instant's whole second.
  return (wall - (ms - (((ms % 1000) + 1000) % 1000))) / MINUTE_MS;
};

/** The wall clock of an instant in a zone. */
export const wallAt = (zone: string, ms: number): number =>
  ms + offsetMinutesAt(zone, ms) * MINUTE_MS;

/**
 * The instant a zone's clocks show `wall`. In the hour a change repeats, the one with `preferOffset` when it is one
 * of them, else the earlier; in the hour a change skips, the instant the clocks jump past `wall` (02:30 on a day
 * that goes from 02:00 to 03:00 is 03:30), as luxon and java.time do.
 */
export const instantAtWall = (zone: string, wall: number, preferOffset?: number): number => {
  // Offsets are within ±18 h and change at most once a day: these three see every offset near `wall`.
  const offsets = new Set([
    offsetMinutesAt(zone, wall - DAY_MS),
    offsetMinutesAt(zone, wall),
    offsetMinutesAt(zone, wall + DAY_MS),
  ]);
  const candidates = [...offsets]
    .map((offset) => {
      const ms = wall - offset * MINUTE_MS;
      return { ms, offset, shown: wallAt(zone, ms) };
    })
    .sort((a, b) => a.ms - b.ms);
  // Exact: the clocks show `wall` at the instant, so the offset there is the candidate's own.
  const exact = candidates.filter(({ shown }) => shown === wall);
  const chosen =
    exact.find(({ offset }) => offset === preferOffset) ??
    exact[0] ??
    candidates.find(({ shown }) => shown > wall);
  if (chosen === undefined)
    throw new RangeError(`no instant shows ${new Date(wall).toISOString()} in ${zone}`);
  return chosen.ms;
};

/** `YYYY-MM-DD` of wall milliseconds. */
export const dayOfWall = (wall: number): string => new Date(wall).toISOString().slice(0, 10);

/** `+hh:mm` (`basic`: `+hhmm`) of an offset in minutes, seconds of old local mean times dropped as luxon does. */
export const formatOffset = (offsetMinutes: number, { basic = false } = {}): string => {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = String(Math.trunc(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const minutes = String(Math.trunc(Math.abs(offsetMinutes) % 60)).padStart(2, '0');
  return `${sign}${hours}${basic ? '' : ':'}${minutes}`;
};

/** `2026-03-29T03:00:00.000+02:00`: an instant with the offset it has; `Z` when `utc` (the zone is UTC itself). */
export const isoWithOffset = (ms: number, offsetMinutes: number, { utc = false } = {}): string =>
  `${new Date(ms + offsetMinutes * MINUTE_MS).toISOString().slice(0, 23)}${utc ? 'Z' : formatOffset(offsetMinutes)}`;

// The names luxon read as its fixed UTC zone rather than an IANA zone: their instants end in `Z`.
const UTC_NAMES = /^(utc|gmt)$/i;

/** An instant with the offset `zone` has at that moment: `Z` for UTC itself, `+00:00` for London in winter. */
export const isoInZone = (ms: number, zone: string): string =>
  isoWithOffset(ms, offsetMinutesAt(zone, ms), { utc: UTC_NAMES.test(zone) });
