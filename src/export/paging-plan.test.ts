import fc from 'fast-check';
import {
  completePage,
  failPage,
  isComplete,
  recordsSoFar,
  resultOffsets,
  startPlan,
  takeRequests,
  type PageRange,
  type PagingPlan,
} from './paging-plan';

/** A server over `total` records: answers a range like the resolver does (hasMore exact). */
const answer = (total: number, range: PageRange, served = range.limit) => {
  const count = Math.max(0, Math.min(served, range.limit, total - range.offset));
  return { count, hasMore: range.offset + count < total };
};

interface Script {
  readonly total: number;
  readonly limit: number;
  readonly maxInFlight: number;
  /** Per step: which in-flight request answers next, whether it fails, whether it comes back short. */
  readonly steps: readonly { pick: number; fail: boolean; short: number }[];
}

/** Drives a plan to completion with requests answering out of order, failing and coming back short. */
const simulate = ({ total, limit, maxInFlight, steps }: Script) => {
  let plan: PagingPlan = startPlan({ limit, maxInFlight });
  const requested: PageRange[] = [];
  let maxSeenInFlight = 0;
  for (let step = 0; step < 10_000 && !isComplete(plan); step++) {
    const taken = takeRequests(plan);
    plan = taken.plan;
    requested.push(...taken.ranges);
    maxSeenInFlight = Math.max(maxSeenInFlight, plan.inFlight.length);
    const { pick, fail, short } = steps[step % steps.length]!;
    const range = plan.inFlight[pick % plan.inFlight.length];
    if (!range) throw new Error('stalled: nothing in flight and not complete');
    // Failures and short pages only early on, so every script terminates.
    plan =
      fail && step < steps.length
        ? failPage(plan, range)
        : completePage(
            plan,
            range,
            answer(total, range, step < steps.length ? short : range.limit),
          );
  }
  return { plan, requested, maxSeenInFlight };
};

const script = fc.record({
  total: fc.integer({ min: 0, max: 400 }),
  limit: fc.integer({ min: 1, max: 60 }),
  maxInFlight: fc.integer({ min: 1, max: 4 }),
  steps: fc.array(
    fc.record({
      pick: fc.nat(),
      fail: fc.boolean(),
      short: fc.integer({ min: 1, max: 60 }),
    }),
    { minLength: 1, maxLength: 30 },
  ),
});

describe('export paging plan', () => {
  it('asks for the first page alone, then fans out to the concurrency bound', () => {
    const first = takeRequests(startPlan({ limit: 1000, maxInFlight: 3 }));
    expect(first.ranges).toEqual([{ offset: 0, limit: 1000 }]);
    expect(takeRequests(first.plan).ranges).toEqual([]);
    const answered = completePage(
      first.plan,
      { offset: 0, limit: 1000 },
      { count: 1000, hasMore: true },
    );
    expect(takeRequests(answered).ranges).toEqual([
      { offset: 1000, limit: 1000 },
      { offset: 2000, limit: 1000 },
      { offset: 3000, limit: 1000 },
    ]);
  });

  it('starts no new page at or past `until`, but still asks again for failed pages below it', () => {
    let plan = completePage(
      takeRequests(startPlan({ limit: 10, maxInFlight: 3 })).plan,
      { offset: 0, limit: 10 },
      { count: 10, hasMore: true },
    );
    const taken = takeRequests(plan, { until: 30 });
    expect(taken.ranges).toEqual([
      { offset: 10, limit: 10 },
      { offset: 20, limit: 10 },
    ]);
    plan = failPage(taken.plan, { offset: 10, limit: 10 });
    expect(takeRequests(plan, { until: 30 }).ranges).toEqual([{ offset: 10, limit: 10 }]);
    expect(takeRequests(plan, { until: 0 }).ranges).toEqual([{ offset: 10, limit: 10 }]);
  });

  it('is complete after one request when everything fits on the first page', () => {
    const { plan } = takeRequests(startPlan());
    const done = completePage(plan, { offset: 0, limit: 1000 }, { count: 42, hasMore: false });
    expect(isComplete(done)).toBe(true);
    expect(recordsSoFar(done)).toBe(42);
    expect(takeRequests(done).ranges).toEqual([]);
  });

  it('is complete for an empty result', () => {
    const { plan } = takeRequests(startPlan());
    expect(
      isComplete(completePage(plan, { offset: 0, limit: 1000 }, { count: 0, hasMore: false })),
    ).toBe(true);
  });

  it('asks for a failed page again before any new page', () => {
    let plan = completePage(
      takeRequests(startPlan({ limit: 10, maxInFlight: 2 })).plan,
      { offset: 0, limit: 10 },
      { count: 10, hasMore: true },
    );
    plan = takeRequests(plan).plan;
    plan = failPage(plan, { offset: 10, limit: 10 });
    expect(takeRequests(plan).ranges).toEqual([{ offset: 10, limit: 10 }]);
  });

  it('asks for the rest of a page that came back short while more records follow', () => {
    let plan = takeRequests(startPlan({ limit: 10, maxInFlight: 1 })).plan;
    plan = completePage(plan, { offset: 0, limit: 10 }, { count: 7, hasMore: true });
    expect(takeRequests(plan).ranges).toEqual([{ offset: 7, limit: 3 }]);
  });

  it('ignores answers for speculative pages past the end', () => {
    let plan = completePage(
      takeRequests(startPlan({ limit: 10, maxInFlight: 3 })).plan,
      { offset: 0, limit: 10 },
      { count: 10, hasMore: true },
    );
    plan = takeRequests(plan).plan;
    plan = completePage(plan, { offset: 10, limit: 10 }, { count: 4, hasMore: false });
    expect(isComplete(plan)).toBe(true);
    plan = completePage(plan, { offset: 20, limit: 10 }, { count: 0, hasMore: false });
    expect(plan.end).toBe(14);
    expect(resultOffsets(plan)).toEqual([0, 10]);
    expect(recordsSoFar(plan)).toBe(14);
  });

  it('covers exactly the records of the range, with no overlap and no gap, whatever the order of answers', () => {
    fc.assert(
      fc.property(script, (input) => {
        const { plan } = simulate(input);
        expect(isComplete(plan)).toBe(true);
        expect(plan.end).toBe(input.total);
        let covered = 0;
        for (const offset of resultOffsets(plan)) {
          expect(offset).toBe(covered);
          covered += plan.done.get(offset)!;
        }
        expect(covered).toBe(input.total);
      }),
    );
  });

  it('never has more requests in flight than the bound, nor asks far past the end', () => {
    fc.assert(
      fc.property(script, (input) => {
        const { requested, maxSeenInFlight } = simulate(input);
        expect(maxSeenInFlight).toBeLessThanOrEqual(input.maxInFlight);
        const fresh = requested.filter(
          (range) => range.offset >= input.total && range.offset % input.limit === 0,
        );
        expect(new Set(fresh.map((range) => range.offset)).size).toBeLessThanOrEqual(
          input.maxInFlight,
        );
      }),
    );
  });
});
