/**
 * How times, days and objects read for the admin: one date format per locale, used by the table, the pickers, the
 * chart axis, the busy-day list and the details, so a day never reads two ways on one page.
 */
import { parseInstant } from '../contract/instant';
import { isTimeZone } from '../contract/time-zone';
import { dayOfInstant, dayStartMillis } from '../domain/date-range';

const FALLBACK_LOCALE = 'en-US';

/** Forge locales may use `_` (`en_US`); Intl wants BCP 47 and rejects unknown tags. */
export const resolveLocale = (locale: string | undefined | null): string => {
  if (!locale) return FALLBACK_LOCALE;
  const tag = locale.replace(/_/g, '-');
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 ? tag : FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
};

const MONTHS = Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(2026, month, 15)));
const shortMonths = (locale: string) => {
  const format = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  return MONTHS.map((date) => format.format(date)).join();
};
const PICKER_MONTHS = shortMonths('en-US');
// A memo, not state: the answer for a locale never changes, and asking Intl 12 times per row cost ~0.5 s a page.
const monthNames = new Map<string, boolean>();

// The date picker spells months as date-fns does without a locale ("Jun", "Sep"): names only where Intl agrees.
const usesMonthNames = (locale: string): boolean => {
  let known = monthNames.get(locale);
  if (known === undefined) {
    known = shortMonths(locale) === PICKER_MONTHS;
    monthNames.set(locale, known);
  }
  return known;
};

/** The day part every date on the page uses in this locale: "Nov 30" in English, "30.11." in German. */
export const dayOptions = (locale: string): Intl.DateTimeFormatOptions =>
  usesMonthNames(locale)
    ? { month: 'short', day: 'numeric' }
    : { month: '2-digit', day: '2-digit' };

// ICU puts narrow no-break spaces in some patterns; plain spaces read the same and compare in tests.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

// Building an Intl formatter costs far more than using one; a page shows a few formats for hundreds of rows.
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterOf = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const key = JSON.stringify([locale, options]);
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
};

/** The instant's milliseconds when it can be shown in `zone`; a time the page cannot read is shown as Jira sent it. */
const readable = (instant: string, zone = 'UTC'): number | undefined =>
  isTimeZone(zone) ? parseInstant(instant) : undefined;

const withYear = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions => ({
  ...options,
  year: 'numeric',
});

/** A day (`YYYY-MM-DD`) as the chart axis and the busy-day list show it; the year only when asked. */
export const formatDay = (day: string, locale: string, { year = false } = {}): string => {
  const midnight = dayStartMillis(day, 'UTC');
  if (midnight === undefined) return day;
  const options = dayOptions(locale);
  return plain(
    formatterOf(locale, { ...(year ? withYear(options) : options), timeZone: 'UTC' }).format(
      midnight,
    ),
  );
};

/** The table's time: "Nov 30, 06:43" in the admin's zone; the year only when it is not the current one. */
export const formatShortTime = (
  instant: string,
  zone: string,
  locale: string,
  nowMillis: number,
): string => {
  const ms = readable(instant, zone);
  if (ms === undefined) return instant;
  const sameYear = dayOfInstant(ms, zone).slice(0, 4) === dayOfInstant(nowMillis, zone).slice(0, 4);
  const day = sameYear ? dayOptions(locale) : withYear(dayOptions(locale));
  return plain(
    formatterOf(locale, {
      ...day,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: zone,
    }).format(ms),
  );
};

/** The full instant with seconds, milliseconds and zone name (which tells repeated DST hours apart). */
export const formatInZone = (instant: string, zone: string, locale: string): string => {
  const ms = readable(instant, zone);
  if (ms === undefined) return instant;
  return plain(
    formatterOf(locale, {
      ...withYear(dayOptions(locale)),
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      fractionalSecondDigits: 3,
      hourCycle: 'h23',
      timeZoneName: 'short',
      timeZone: zone,
    }).format(ms),
  );
};

/** The same instant in UTC, for the hover text and the details. */
export const formatUtc = (instant: string): string => {
  const ms = readable(instant);
  return ms === undefined ? instant : new Date(ms).toISOString();
};

/** What the table shows on hover over a time: the instant in the admin's zone and in UTC. */
export const describeInstant = (instant: string, zone: string, locale: string): string =>
  `${formatInZone(instant, zone, locale)} (${zone}) · UTC ${formatUtc(instant)}`;

const PICKER_TOKENS: Partial<Record<Intl.DateTimeFormatPartTypes, Record<string, string>>> = {
  month: { short: 'MMM', '2-digit': 'MM' },
  day: { numeric: 'D', '2-digit': 'DD' },
  year: { numeric: 'YYYY' },
};

/** The date picker's display pattern (its moment-style tokens) for the same day format, with the year. */
export const pickerDateFormat = (locale: string): string => {
  const options = withYear(dayOptions(locale));
  const parts = new Intl.DateTimeFormat(locale, options).formatToParts(
    new Date(Date.UTC(2026, 10, 30)),
  );
  return plain(
    parts
      .map((part) => {
        if (part.type === 'literal') return part.value.replace(/[A-Za-z]/g, '');
        const option = options[part.type as 'month' | 'day' | 'year'];
        return PICKER_TOKENS[part.type]?.[String(option)] ?? '';
      })
      .join(''),
  );
};
