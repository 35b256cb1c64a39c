/** Records per calendar day (in the admin's timezone) and category, for the activity chart. */
import type { ActivityDay, AuditRecord } from '../contract';
import { parseInstant } from '../contract/instant';
import { DAY_MS, dayOfWall } from '../contract/time-zone';
import { dayOfInstant, dayStartMillis, midnightOf } from './date-range';

/** Empty days are shown only this far back: a range "since 2019" should not draw years of zeros. */
export const MAX_PADDED_DAYS = 366;

// Calendar arithmetic on UTC midnights, so DST never shifts a day (days here come from `dayOf`: always real).
const utcMidnight = (day: string) => midnightOf(day)!;
const daysBetween = (first: string, last: string) =>
  (utcMidnight(last) - utcMidnight(first)) / DAY_MS;
const addDays = (day: string, days: number) => dayOfWall(utcMidnight(day) + days * DAY_MS);

/** The `YYYY-MM-DD` day an instant falls on in `timezone`, or undefined when unreadable. */
export const dayOf = (instant: string, timezone: string): string | undefined => {
  const ms = parseInstant(instant);
  return ms === undefined ? undefined : dayOfInstant(ms, timezone);
};

/**
 * `dayOf` for many instants: remembers the last day's bounds in the zone, so records of one day (the usual
 * case, they arrive newest first) cost no time-zone lookup.
 */
const dayFinder = (timezone: string) => {
  let current: { start: number; end: number; day: string } | undefined;
  return (instant: string): string | undefined => {
    const millis = parseInstant(instant);
    if (millis === undefined) return undefined;
    if (current && millis >= current.start && millis < current.end) return current.day;
    const day = dayOfInstant(millis, timezone);
    const start = dayStartMillis(day, timezone) ?? millis;
    const end = dayStartMillis(addDays(day, 1), timezone) ?? millis + 1;
    current = { start, end, day };
    return day;
  };
};

const earlier = (a: string | undefined, b: string | undefined) =>
  a && b ? (a < b ? a : b) : (a ?? b);
const later = (a: string | undefined, b: string | undefined) =>
  a && b ? (a > b ? a : b) : (a ?? b);

/** Records per day (`YYYY-MM-DD`) and category, however they were counted. */
export type DayCounts = ReadonlyMap<string, ReadonlyMap<string, number>>;

export interface DayLayout {
  readonly timezone: string;
  readonly from?: string;
  readonly to?: string;
  /** A capped scan covers only its newest records, so days before the oldest one are unknown, not empty. */
  readonly capped: boolean;
}

export interface ActivityInput extends DayLayout {
  readonly records: readonly Pick<AuditRecord, 'created' | 'category'>[];
}

/** Every day from the first to the last, oldest first, with the count per category (categories with records only). */
export const layoutDays = (
  counts: DayCounts,
  { timezone, from, to, capped }: DayLayout,
): ActivityDay[] => {
  const recordDays = [...counts.keys()].sort();
  const last = later(recordDays.at(-1), to === undefined ? undefined : dayOf(to, timezone));
  if (last === undefined) return [];
  const padStart = capped || from === undefined ? undefined : dayOf(from, timezone);
  let first = recordDays[0];
  if (padStart !== undefined && daysBetween(padStart, last) < MAX_PADDED_DAYS)
    first = earlier(first, padStart);
  if (first === undefined) return [];
  const days: ActivityDay[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) {
    days.push({ day, counts: Object.fromEntries(counts.get(day) ?? []) });
  }
  return days;
};

/** The records counted per day in `timezone` and category, laid out as `layoutDays` does. */
export const bucketActivity = ({ records, ...layout }: ActivityInput): ActivityDay[] => {
  const counts = new Map<string, Map<string, number>>();
  const dayAt = dayFinder(layout.timezone);
  for (const record of records) {
    const day = dayAt(record.created);
    if (day === undefined) continue;
    const perCategory = counts.get(day) ?? new Map<string, number>();
    perCategory.set(record.category, (perCategory.get(record.category) ?? 0) + 1);
    counts.set(day, perCategory);
  }
  return layoutDays(counts, layout);
};
