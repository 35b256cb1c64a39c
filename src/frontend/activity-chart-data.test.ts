import fc from 'fast-check';
import type { ActivityDay } from '../contract';
import { activityBars, activityCaption, busyDays } from './activity-chart-data';

const days: ActivityDay[] = [
  { day: '2026-11-01', counts: { projects: 1, fields: 3 } },
  { day: '2026-11-02', counts: {} },
  { day: '2026-11-03', counts: { projects: 2 } },
];

describe('activity chart data', () => {
  it('gives one bar per day and category, biggest category first, and keeps empty days', () => {
    expect(activityBars(days)).toEqual([
      { day: '2026-11-01', label: '1 Nov', category: 'fields', count: 3 },
      { day: '2026-11-01', label: '1 Nov', category: 'projects', count: 1 },
      { day: '2026-11-02', label: '2 Nov', category: 'fields', count: 0 },
      { day: '2026-11-03', label: '3 Nov', category: 'projects', count: 2 },
    ]);
  });

  it('labels days with the year when they span two years', () => {
    const labels = activityBars([
      { day: '2025-12-31', counts: { a: 1 } },
      { day: '2026-01-01', counts: { a: 1 } },
    ]).map((bar) => bar.label);
    expect(labels).toEqual(['31 Dec 2025', '1 Jan 2026']);
  });

  it('keeps every count: bars add up to the records of each day', () => {
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 0, max: 50 })), {
          maxLength: 10,
        }),
        (counts) => {
          const input = counts.map((c, i) => ({
            day: `2026-11-${String(i + 1).padStart(2, '0')}`,
            counts: c,
          }));
          const bars = activityBars(input);
          for (const day of input) {
            const sum = bars
              .filter((bar) => bar.day === day.day)
              .reduce((s, bar) => s + bar.count, 0);
            expect(sum).toBe(Object.values(day.counts).reduce((s, n) => s + n, 0));
          }
          expect(new Set(bars.map((bar) => bar.day))).toEqual(new Set(input.map((d) => d.day)));
        },
      ),
    );
  });

  it('lists the busy days newest first with their totals', () => {
    expect(busyDays(days)).toEqual([
      { day: '2026-11-03', total: 2 },
      { day: '2026-11-01', total: 4 },
    ]);
  });

  it.each([
    [
      { scanned: 5000, capped: true },
      'Based on the newest 5,000 matching records only (back to 2026-11-01): older days are not shown. Days in Europe/Berlin.',
    ],
    [{ scanned: 6, capped: false }, 'All 6 matching records. Days in Europe/Berlin.'],
    [{ scanned: 1, capped: false }, 'All 1 matching record. Days in Europe/Berlin.'],
  ])('says what the chart is based on: %j', (input, expected) => {
    expect(activityCaption({ ...input, days, timezone: 'Europe/Berlin' })).toBe(expected);
  });
});
