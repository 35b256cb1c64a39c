/**
 * Calendar days in the admin's time zone → the inclusive instants sent to Jira.
 * Pure: "now" and the zone are arguments; every zone and DST calculation is contract/time-zone's (the runtime's Intl).
 */
import {
  DAY_MS,
  dayOfWall,
  instantAtWall,
  isoInZone,
  isTimeZone,
  offsetMinutesAt,
  wallAt,
  wallMillis,
} from '../contract/time-zone';

/** A day as the DatePicker gives it: `YYYY-MM-DD`. */
export type CalendarDay = string;

/** Zone used until the Forge context has loaded, or when it names an unknown zone. */
export const FALLBACK_ZONE = 'UTC';

export const QUICK_RANGES = [
  'last-24-hours',
  'last-7-days',
  'last-30-days',
  'last-90-days',
] as const;
export type QuickRange = (typeof QUICK_RANGES)[number];

export type DayRangeProblem =
  'invalid-from' | 'invalid-to' | 'from-in-future' | 'to-in-future' | 'to-before-from';

export interface DayRange {
  readonly fromDay?: CalendarDay;
  readonly toDay?: CalendarDay;
}

export type RangeBounds =
  | { readonly ok: true; readonly from?: string; readonly to: string }
  | { readonly ok: false; readonly problems: readonly DayRangeProblem[] };

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The context's IANA zone when the runtime knows it, else UTC. */
export const resolveZone = (timezone: string | undefined | null): string =>
  timezone && isTimeZone(timezone) ? timezone : FALLBACK_ZONE;

/** Wall milliseconds of a day's midnight, or undefined when `day` is not a real `YYYY-MM-DD` date. */
export const midnightOf = (day: CalendarDay): number | undefined => {
  if (!DAY_PATTERN.test(day)) return undefined;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const wall = wallMillis(year, month, date);
  return dayOfWall(wall) === day ? wall : undefined;
};

/** The calendar day an instant falls on in `zone`. */
export const dayOfInstant = (epochMillis: number, zone: string): CalendarDay =>
  dayOfWall(wallAt(zone, epochMillis));

/**
 * First instant of `day` in `zone` (ms): a midnight that DST skips is the day's first real instant, a midnight
 * it repeats the first of the two; undefined for no day, or a day the zone skipped (Samoa's 2011-12-30).
 */
export const dayStartMillis = (day: CalendarDay, zone: string): number | undefined => {
  const midnight = midnightOf(day);
  if (midnight === undefined) return undefined;
  const start = instantAtWall(zone, midnight);
  return dayOfInstant(start, zone) === day ? start : undefined;
};

/** The first instant after `day` in `zone` (ms): the next day's start, or where the clocks pass its midnight. */
const nextDayStartMillis = (day: CalendarDay, zone: string): number =>
  instantAtWall(zone, midnightOf(day)! + DAY_MS);

export const isCalendarDay = (value: string): boolean => midnightOf(value) !== undefined;

const requireDay = (day: CalendarDay, zone: string): number => {
  const start = dayStartMillis(day, zone);
  if (start === undefined) throw new RangeError(`"${day}" is not a YYYY-MM-DD calendar day`);
  return start;
};

/** First instant of `day` in `zone`, e.g. `2026-03-29T00:00:00.000+01:00`. */
export const startOfDay = (day: CalendarDay, zone: string): string =>
  isoInZone(requireDay(day, zone), zone);

/** Last millisecond of `day` in `zone`, e.g. `2026-03-29T23:59:59.999+02:00`. */
export const endOfDay = (day: CalendarDay, zone: string): string => {
  requireDay(day, zone);
  return isoInZone(nextDayStartMillis(day, zone) - 1, zone);
};

/** An instant written with the offset `zone` has at that moment. */
export const instantInZone = (epochMillis: number, zone: string): string =>
  isoInZone(epochMillis, zone);

/** Today's date in `zone`, the latest day an admin can pick. */
export const todayInZone = (nowMillis: number, zone: string): CalendarDay =>
  dayOfInstant(nowMillis, zone);

const QUICK_DAYS = { 'last-7-days': 7, 'last-30-days': 30, 'last-90-days': 90 } as const;

/** "Last N days" keeps the wall-clock time (a week across DST is 167 or 169 hours). */
export const quickRangeBounds = (
  range: QuickRange,
  nowMillis: number,
  zone: string,
): { readonly from: string; readonly to: string } => {
  const from =
    range === 'last-24-hours'
      ? nowMillis - DAY_MS
      : instantAtWall(
          zone,
          wallAt(zone, nowMillis) - QUICK_DAYS[range] * DAY_MS,
          offsetMinutesAt(zone, nowMillis),
        );
  return { from: isoInZone(from, zone), to: isoInZone(nowMillis, zone) };
};

/**
 * Bounds of a search over whole days. `to` is pinned: the end of the To day, or now when
 * To is open or its end lies in the future. Problems are returned, not thrown.
 */
export const dayRangeBounds = (range: DayRange, zone: string, nowMillis: number): RangeBounds => {
  const problems: DayRangeProblem[] = [];
  const from = range.fromDay ? dayStartMillis(range.fromDay, zone) : undefined;
  const to = range.toDay ? dayStartMillis(range.toDay, zone) : undefined;
  if (range.fromDay && from === undefined) problems.push('invalid-from');
  if (range.toDay && to === undefined) problems.push('invalid-to');
  if (from !== undefined && from > nowMillis) problems.push('from-in-future');
  if (to !== undefined && to > nowMillis) problems.push('to-in-future');
  if (from !== undefined && to !== undefined && to < from) problems.push('to-before-from');
  if (problems.length > 0) return { ok: false, problems };

  const toEnd =
    range.toDay && to !== undefined ? nextDayStartMillis(range.toDay, zone) - 1 : undefined;
  const pinnedTo = toEnd === undefined || toEnd > nowMillis ? nowMillis : toEnd;
  return from === undefined
    ? { ok: true, to: isoInZone(pinnedTo, zone) }
    : { ok: true, from: isoInZone(from, zone), to: isoInZone(pinnedTo, zone) };
};
