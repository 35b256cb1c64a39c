/** The activity summary as chart rows (one per day and category) and the words around the chart. */
import { DateTime } from 'luxon';
import type { ActivityDay } from '../contract';

export interface ActivityBar {
  readonly day: string;
  /** Axis label: `12 Nov`, with the year when the days span more than one. */
  readonly label: string;
  readonly category: string;
  readonly count: number;
}

const labeller = (days: readonly ActivityDay[]) => {
  const years = new Set(days.map((day) => day.day.slice(0, 4)));
  const format = years.size > 1 ? 'd LLL yyyy' : 'd LLL';
  return (day: string) =>
    DateTime.fromISO(day, { zone: 'UTC' }).setLocale('en-GB').toFormat(format);
};

/** Rows for a stacked bar chart, oldest day first; an empty day keeps its place with a zero bar. */
export const activityBars = (days: readonly ActivityDay[]): ActivityBar[] => {
  const label = labeller(days);
  const totals = new Map<string, number>();
  for (const day of days) {
    for (const [category, count] of Object.entries(day.counts)) {
      totals.set(category, (totals.get(category) ?? 0) + count);
    }
  }
  // Biggest categories first, so colours stay put when a small one appears.
  const categories = [...totals]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([name]) => name);
  return days.flatMap((day) => {
    const present = categories.filter((category) => (day.counts[category] ?? 0) > 0);
    if (present.length === 0) {
      return [{ day: day.day, label: label(day.day), category: categories[0] ?? 'none', count: 0 }];
    }
    return present.map((category) => ({
      day: day.day,
      label: label(day.day),
      category,
      count: day.counts[category]!,
    }));
  });
};

/** Days that have records, newest first, with their totals: what the admin can narrow the table to. */
export const busyDays = (days: readonly ActivityDay[]): { day: string; total: number }[] =>
  days
    .map((day) => ({
      day: day.day,
      total: Object.values(day.counts).reduce((sum, n) => sum + n, 0),
    }))
    .filter((day) => day.total > 0)
    .reverse();

/** Under the chart: how much it is based on, and whether that is a sample. */
export const activityCaption = ({
  scanned,
  capped,
  days,
  timezone,
}: {
  readonly scanned: number;
  readonly capped: boolean;
  readonly days: readonly ActivityDay[];
  readonly timezone: string;
}): string => {
  const count = scanned.toLocaleString('en-US');
  const first = days[0]?.day;
  return capped
    ? `Based on the newest ${count} matching records only${first ? ` (back to ${first})` : ''}: older days are not shown. Days in ${timezone}.`
    : `All ${count} matching record${scanned === 1 ? '' : 's'}. Days in ${timezone}.`;
};
