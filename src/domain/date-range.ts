/**
 * Calendar days in the admin's time zone → the inclusive instants sent to Jira.
 * Pure: "now" and the zone are arguments; luxon does every zone and DST calculation.
 */
import { DateTime, IANAZone } from 'luxon';

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

/** The context's IANA zone when luxon knows it, else UTC. */
export const resolveZone = (timezone: string | undefined | null): string =>
  timezone && IANAZone.isValidZone(timezone) ? timezone : FALLBACK_ZONE;

const dayStart = (day: CalendarDay, zone: string): DateTime | undefined => {
  if (!DAY_PATTERN.test(day)) return undefined;
  // A midnight that DST skips resolves to the day's first real instant (luxon shifts forward).
  const start = DateTime.fromISO(day, { zone });
  return start.isValid && start.toISODate() === day ? start : undefined;
};

export const isCalendarDay = (value: string): boolean =>
  dayStart(value, FALLBACK_ZONE) !== undefined;

const iso = (value: DateTime): string => {
  const text = value.toISO({ suppressMilliseconds: false, includeOffset: true });
  if (text === null)
    throw new Error(`Cannot format ${value.invalidExplanation ?? 'an invalid date'}`);
  return text;
};

const requireDay = (day: CalendarDay, zone: string): DateTime => {
  const start = dayStart(day, zone);
  if (start === undefined) throw new RangeError(`"${day}" is not a YYYY-MM-DD calendar day`);
  return start;
};

/** First instant of `day` in `zone`, e.g. `2026-03-29T00:00:00.000+01:00`. */
export const startOfDay = (day: CalendarDay, zone: string): string => iso(requireDay(day, zone));

/** Last millisecond of `day` in `zone`, e.g. `2026-03-29T23:59:59.999+02:00`. */
export const endOfDay = (day: CalendarDay, zone: string): string =>
  iso(requireDay(day, zone).endOf('day'));

/** An instant written with the offset `zone` has at that moment. */
export const instantInZone = (epochMillis: number, zone: string): string =>
  iso(DateTime.fromMillis(epochMillis, { zone }));

/** Today's date in `zone`, the latest day an admin can pick. */
export const todayInZone = (nowMillis: number, zone: string): CalendarDay =>
  DateTime.fromMillis(nowMillis, { zone }).toISODate() ?? '';

/** The calendar day an instant falls on in `zone`. */
export const dayOfInstant = (epochMillis: number, zone: string): CalendarDay =>
  DateTime.fromMillis(epochMillis, { zone }).toISODate() ?? '';

/** "Last N days" keeps the wall-clock time (a week across DST is 167 or 169 hours). */
export const quickRangeBounds = (
  range: QuickRange,
  nowMillis: number,
  zone: string,
): { readonly from: string; readonly to: string } => {
  const now = DateTime.fromMillis(nowMillis, { zone });
  const from =
    range === 'last-24-hours'
      ? now.minus({ hours: 24 })
      : now.minus({ days: { 'last-7-days': 7, 'last-30-days': 30, 'last-90-days': 90 }[range] });
  return { from: iso(from), to: iso(now) };
};

/**
 * Bounds of a search over whole days. `to` is pinned: the end of the To day, or now when
 * To is open or its end lies in the future. Problems are returned, not thrown.
 */
export const dayRangeBounds = (range: DayRange, zone: string, nowMillis: number): RangeBounds => {
  const problems: DayRangeProblem[] = [];
  const from = range.fromDay ? dayStart(range.fromDay, zone) : undefined;
  const to = range.toDay ? dayStart(range.toDay, zone) : undefined;
  if (range.fromDay && !from) problems.push('invalid-from');
  if (range.toDay && !to) problems.push('invalid-to');
  if (from && from.toMillis() > nowMillis) problems.push('from-in-future');
  if (to && to.toMillis() > nowMillis) problems.push('to-in-future');
  if (from && to && to.toMillis() < from.toMillis()) problems.push('to-before-from');
  if (problems.length > 0) return { ok: false, problems };

  const toEnd = to?.endOf('day');
  const pinnedTo =
    toEnd === undefined || toEnd.toMillis() > nowMillis
      ? DateTime.fromMillis(nowMillis, { zone })
      : toEnd;
  return from === undefined
    ? { ok: true, to: iso(pinnedTo) }
    : { ok: true, from: iso(from), to: iso(pinnedTo) };
};
