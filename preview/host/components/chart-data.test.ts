import fc from 'fast-check';
import { niceScale, toBars } from './chart-data';

describe('chart data becomes bars', () => {
  test('rows sharing an x stack by series, in first-seen order, summing repeats', () => {
    const data = [
      { day: 'Nov 1', category: 'users', count: 3 },
      { day: 'Nov 1', category: 'groups', count: 2 },
      { day: 'Nov 2', category: 'users', count: 1 },
      { day: 'Nov 1', category: 'users', count: 4 },
    ];

    expect(toBars(data, 'day', 'count', 'category')).toEqual([
      {
        x: 'Nov 1',
        segments: [
          { series: 'users', value: 7 },
          { series: 'groups', value: 2 },
        ],
      },
      { x: 'Nov 2', segments: [{ series: 'users', value: 1 }] },
    ]);
  });

  test('array rows are read by index; missing or non-numeric values count as 0', () => {
    expect(toBars([['a', 2], ['b', 'x'], ['c']], 0, 1, undefined)).toEqual([
      { x: 'a', segments: [{ series: '', value: 2 }] },
      { x: 'b', segments: [{ series: '', value: 0 }] },
      { x: 'c', segments: [{ series: '', value: 0 }] },
    ]);
  });

  test('anything but an array draws nothing', () => {
    expect(toBars(undefined, 'x', 'y', undefined)).toEqual([]);
  });
});

describe('the value axis', () => {
  test.each([
    [0, 1, 1],
    [7, 8, 2],
    [10, 10, 5],
    [97, 100, 50],
    [1234, 1500, 500],
  ])('max %d → top %d in steps of %d', (max, top, step) => {
    expect(niceScale(max)).toEqual({ top, step });
  });

  test('the top always covers the maximum in at most 5 whole steps', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e9, noNaN: true }), (max) => {
        const { top, step } = niceScale(max);
        expect(top).toBeGreaterThanOrEqual(max);
        expect(Math.round(top / step)).toBeLessThanOrEqual(5);
      }),
    );
  });
});
