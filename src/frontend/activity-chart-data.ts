/** The activity summary as chart rows (one per day and category) and the words around the chart. */
import type { ActivityDay } from '../contract';
import { formatDay } from './format';

export interface ActivityBar {
  readonly day: string;
  /** Axis label in the page's day format (`Nov 12`), with the year when the days span more than one. */
  readonly label: string;
  readonly category: string;
  readonly count: number;
}

const labeller = (days: readonly ActivityDay[], locale: string) => {
  const year = new Set(days.map((day) => day.day.slice(0, 4))).size > 1;
  return (day: string) => formatDay(day, locale, { year });
};

/** Rows for a stacked bar chart, oldest day first; an empty day keeps its place with a zero bar. */
export const activityBars = (days: readonly ActivityDay[], locale: string): ActivityBar[] => {
  const label = labeller(days, locale);
  const totals = new Map<string, number>();
  for (const day of days) {
    for (const [category, count] of Object.entries(day.counts)) {
      totals.set(category, (totals.get(category) ?? 0) + count);
    }
  }
  // Biggest categories first in the stack; colours come from the category itself (category-colours.ts).
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

export const BUSIEST_DAYS = 10;

/** The busiest days, most records first (newer first on a tie): what the admin can narrow the table to. */
export const busiestDays = (
  days: readonly ActivityDay[],
  limit = BUSIEST_DAYS,
): { day: string; total: number }[] =>
  days
    .map((day) => ({
      day: day.day,
      total: Object.values(day.counts).reduce((sum, n) => sum + n, 0),
    }))
    .filter((day) => day.total > 0)
    .sort((a, b) => b.total - a.total || b.day.localeCompare(a.day))
    .slice(0, limit);

/** Under the chart: how much it is based on, and whether that is a sample. */
export const activityCaption = (
  {
    scanned,
    capped,
    days,
    timezone,
  }: {
    readonly scanned: number;
    readonly capped: boolean;
    readonly days: readonly ActivityDay[];
    readonly timezone: string;
  },
  locale: string,
): string => {
  const count = scanned.toLocaleString('en-US');
  const first = days[0]?.day;
  return capped
    ? `Based on the newest ${count} matching records only${first ? ` (back to ${formatDay(first, locale, { year: true })})` : ''}: older days are not shown. Days in ${timezone}.`
    : `All ${count} matching record${scanned === 1 ? '' : 's'}. Days in ${timezone}.`;
};
