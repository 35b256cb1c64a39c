import fc from 'fast-check';
import type { ActivityDay } from '../contract';
import { activityBars, activityCaption, busiestDays } from './activity-chart-data';
import { categoryColour, categoryPalette } from './category-colours';

const days: ActivityDay[] = [
  { day: '2026-11-01', counts: { projects: 1, fields: 3 } },
  { day: '2026-11-02', counts: {} },
  { day: '2026-11-03', counts: { projects: 2 } },
];

describe('activity chart data', () => {
  it('gives one bar per day and category, biggest category first, and keeps empty days', () => {
    expect(activityBars(days, 'en-US')).toEqual([
      { day: '2026-11-01', label: 'Nov 1', category: 'fields', count: 3 },
      { day: '2026-11-01', label: 'Nov 1', category: 'projects', count: 1 },
      { day: '2026-11-02', label: 'Nov 2', category: 'fields', count: 0 },
      { day: '2026-11-03', label: 'Nov 3', category: 'projects', count: 2 },
    ]);
  });

  it('labels days with the year when they span two years', () => {
    const labels = activityBars(
      [
        { day: '2025-12-31', counts: { a: 1 } },
        { day: '2026-01-01', counts: { a: 1 } },
      ],
      'en-US',
    ).map((bar) => bar.label);
    expect(labels).toEqual(['Dec 31, 2025', 'Jan 1, 2026']);
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
          const bars = activityBars(input, 'en-US');
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

  it('lists the busiest days first, newer first on a tie, and only the busiest', () => {
    const month: ActivityDay[] = [
      { day: '2026-11-01', counts: { projects: 1 } },
      { day: '2026-11-02', counts: { projects: 9, fields: 1 } },
      { day: '2026-11-03', counts: {} },
      { day: '2026-11-04', counts: { fields: 4 } },
      { day: '2026-11-05', counts: { system: 4 } },
      { day: '2026-11-06', counts: { system: 2 } },
    ];
    expect(busiestDays(month, 3)).toEqual([
      { day: '2026-11-02', total: 10 },
      { day: '2026-11-05', total: 4 },
      { day: '2026-11-04', total: 4 },
    ]);
    expect(busiestDays(month).map((day) => day.day)).not.toContain('2026-11-03');
  });

  it('gives each category one colour whatever else the search holds', () => {
    expect(categoryColour('projects')).toBe(categoryPalette(['fields', 'projects'])[1]!.value);
    expect(categoryPalette(['projects'])).toEqual([
      { key: 'projects', value: categoryColour('projects') },
    ]);
    const known = [
      'user management',
      'group management',
      'permissions',
      'projects',
      'workflows',
      'fields',
    ];
    expect(new Set(known.map(categoryColour)).size).toBe(known.length);
    fc.assert(
      fc.property(fc.string(), (category) => {
        expect(categoryColour(category)).toBe(categoryColour(`${category}`));
        expect(categoryColour(category)).toMatch(/^#[0-9A-F]{6}$/);
      }),
    );
  });

  it.each([
    [
      { scanned: 5000, capped: true },
      'Based on the newest 5,000 matching records only (back to Nov 1, 2026): older days are not shown. Days in Europe/Berlin.',
    ],
    [{ scanned: 6, capped: false }, 'All 6 matching records. Days in Europe/Berlin.'],
    [{ scanned: 1, capped: false }, 'All 1 matching record. Days in Europe/Berlin.'],
  ])('says what the chart is based on: %j', (input, expected) => {
    expect(activityCaption({ ...input, days, timezone: 'Europe/Berlin' }, 'en-US')).toBe(expected);
  });
});
