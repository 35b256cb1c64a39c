import fc from 'fast-check';
import { assemblePage, planPage } from './page-plan';

describe('page plan: exact hasMore without total', () => {
  it.each([
    ['asks for one record more than the page', 0, 50, { page: { offset: 0, limit: 51 } }],
    ['limit 999 still fits in one request', 100, 999, { page: { offset: 100, limit: 1000 } }],
    [
      'limit 1000 cannot: a one-record probe past the page',
      2000,
      1000,
      { page: { offset: 2000, limit: 1000 }, probe: { offset: 3000, limit: 1 } },
    ],
    [
      'no probe beyond the int32 offset Jira takes',
      2_147_483_000,
      1000,
      { page: { offset: 2_147_483_000, limit: 1000 } },
    ],
  ])('%s', (_name, offset, limit, plan) => {
    expect(planPage(offset, limit)).toEqual(plan);
  });

  it('never asks Jira for more than 1000 or fewer than 1 records', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_147_483_647 }),
        fc.integer({ min: 1, max: 1000 }),
        (offset, limit) => {
          const { page, probe } = planPage(offset, limit);
          [page, ...(probe ? [probe] : [])].forEach((window) => {
            expect(window.limit).toBeGreaterThanOrEqual(1);
            expect(window.limit).toBeLessThanOrEqual(1000);
            expect(window.offset).toBeLessThanOrEqual(2_147_483_647);
          });
        },
      ),
    );
  });
});

describe('page assembly', () => {
  const range = (count: number) => Array.from({ length: count }, (_, index) => index);

  it.each([
    ['exactly limit left: no more', range(50), undefined, 50, range(50), false],
    ['limit + 1 left: more, and the extra is not shown', range(51), undefined, 50, range(50), true],
    ['fewer than limit: no more', range(3), undefined, 50, range(3), false],
    ['nothing', [], undefined, 50, [], false],
    ['limit 1000, empty probe: no more', range(1000), [], 1000, range(1000), false],
    ['limit 1000, probe finds one: more', range(1000), [1000], 1000, range(1000), true],
  ])('%s', (_name, page, probe, limit, records, hasMore) => {
    expect(assemblePage(page, probe, limit)).toEqual({ records, hasMore });
  });

  it('hasMore is true exactly when records remain past the page', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 1000 }),
        (total, offset, limit) => {
          const all = range(total);
          const { page, probe } = planPage(offset, limit);
          const served = (window: { offset: number; limit: number }) =>
            all.slice(window.offset, window.offset + window.limit);
          const result = assemblePage(served(page), probe ? served(probe) : undefined, limit);
          expect(result.records).toEqual(all.slice(offset, offset + limit));
          expect(result.hasMore).toBe(offset + result.records.length < total);
        },
      ),
    );
  });
});
