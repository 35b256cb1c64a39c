/** How times, people and objects of a record read for the admin. */
import { DateTime } from 'luxon';
import type { AuditItem } from '../contract';

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

const parse = (instant: string): DateTime | undefined => {
  const parsed = DateTime.fromISO(instant, { setZone: true });
  return parsed.isValid ? parsed : undefined;
};

/** e.g. "Mar 29, 2026, 3:04:05 AM GMT+2" in the admin's zone (the zone name tells repeated DST hours apart). */
export const formatInZone = (instant: string, zone: string, locale: string): string => {
  const local = parse(instant)?.setZone(zone).setLocale(locale);
  // ICU puts narrow no-break spaces before AM/PM for some zones only; plain spaces read the same everywhere.
  return (
    local
      ?.toLocaleString({ ...DateTime.DATETIME_MED_WITH_SECONDS, timeZoneName: 'short' })
      .replace(/[\u202f\u00a0]/g, ' ') ?? instant
  );
};

/** The same instant in UTC, for the tooltip and the details. */
export const formatUtc = (instant: string): string => parse(instant)?.toUTC().toISO() ?? instant;

/** "PROJECT Apollo" or "GROUP jira-admins (in Site)". */
export const describeItem = (item: AuditItem): string =>
  `${item.typeName} ${item.name}${item.parentName ? ` (in ${item.parentName})` : ''}`;
