/**
 * Which pages an export asks for, and when it is complete. Pure state: the export job feeds outcomes in.
 * Every request is pinned to the same `to`, so offsets stay stable while new records arrive.
 */
import { MAX_LIMIT } from '../contract';

/** A slice of the result list: `limit` records from `offset`. */
export interface PageRange {
  readonly offset: number;
  readonly limit: number;
}

export interface PagingPlan {
  readonly limit: number;
  readonly maxInFlight: number;
  /** First offset never asked for yet. */
  readonly nextOffset: number;
  /** Ranges to ask for (again) before new ones: failures and the rest of short pages. */
  readonly queue: readonly PageRange[];
  readonly inFlight: readonly PageRange[];
  /** Record count per answered range, keyed by offset. */
  readonly done: ReadonlyMap<number, number>;
  /** End of the result list (one past the last record), once a page said nothing follows it. */
  readonly end?: number;
}

/**
 * One below Jira's cap: the resolver asks for limit + 1 to know `hasMore`, so 999 costs one Jira request
 * a page where 1000 costs two (the page and a one-record probe).
 */
export const EXPORT_PAGE_SIZE = MAX_LIMIT - 1;

export const startPlan = ({ limit = EXPORT_PAGE_SIZE, maxInFlight = 3 } = {}): PagingPlan => ({
  limit,
  maxInFlight,
  nextOffset: 0,
  queue: [],
  inFlight: [],
  done: new Map(),
});

const beforeEnd = (plan: PagingPlan, range: PageRange) =>
  plan.end === undefined || range.offset < plan.end;

/**
 * The ranges to request now. Fans out only after the first page showed that more records exist; new ranges
 * start below `until`, so a caller that hands pages over in order holds a bounded number while one is late.
 */
export const takeRequests = (
  plan: PagingPlan,
  { until = Number.POSITIVE_INFINITY }: { readonly until?: number } = {},
): { plan: PagingPlan; ranges: PageRange[] } => {
  const ranges: PageRange[] = [];
  let { nextOffset } = plan;
  const queue = plan.queue.filter((range) => beforeEnd(plan, range));
  const waitingForFirstPage = plan.done.size === 0 && plan.inFlight.length > 0;
  while (!waitingForFirstPage && plan.inFlight.length + ranges.length < plan.maxInFlight) {
    const retry = queue.shift();
    if (retry) {
      ranges.push(retry);
    } else if (
      plan.end === undefined &&
      nextOffset < until &&
      (plan.done.size > 0 || ranges.length === 0)
    ) {
      ranges.push({ offset: nextOffset, limit: plan.limit });
      nextOffset += plan.limit;
    } else {
      break;
    }
  }
  return {
    plan: {
      ...plan,
      nextOffset,
      queue,
      inFlight: [...plan.inFlight, ...ranges],
    },
    ranges,
  };
};

const withoutInFlight = (plan: PagingPlan, range: PageRange) =>
  plan.inFlight.filter((other) => other.offset !== range.offset);

/** Records a page's answer. A page that says nothing follows fixes the end; a short page queues its missing rest. */
export const completePage = (
  plan: PagingPlan,
  range: PageRange,
  answer: { readonly count: number; readonly hasMore: boolean },
): PagingPlan => {
  const inFlight = withoutInFlight(plan, range);
  if (!beforeEnd(plan, range)) return { ...plan, inFlight };
  const count = Math.min(answer.count, range.limit);
  const done = new Map(plan.done).set(range.offset, count);
  if (!answer.hasMore) {
    const end = range.offset + count;
    const keep = (other: PageRange) => other.offset < end;
    return {
      ...plan,
      inFlight,
      end,
      done: new Map([...done].filter(([offset]) => offset < end || offset === range.offset)),
      queue: plan.queue.filter(keep),
    };
  }
  const rest =
    count < range.limit ? [{ offset: range.offset + count, limit: range.limit - count }] : [];
  return { ...plan, inFlight, done, queue: [...rest, ...plan.queue] };
};

/** Puts a failed range back at the front of the queue, to be asked for again. */
export const failPage = (plan: PagingPlan, range: PageRange): PagingPlan => ({
  ...plan,
  inFlight: withoutInFlight(plan, range),
  queue: [range, ...plan.queue],
});

/** True once the end is known and every range before it has been answered. */
export const isComplete = (plan: PagingPlan): boolean => {
  if (plan.end === undefined || plan.inFlight.some((range) => beforeEnd(plan, range))) return false;
  if (plan.queue.some((range) => beforeEnd(plan, range))) return false;
  let covered = 0;
  for (const [offset, count] of [...plan.done].sort(([a], [b]) => a - b)) {
    if (offset !== covered) return false;
    covered += count;
    if (covered >= plan.end) return true;
  }
  return covered === plan.end;
};

/** Offsets of the answered ranges that make up the result, in order (the first page even when empty). */
export const resultOffsets = (plan: PagingPlan): number[] =>
  [...plan.done.keys()]
    .filter((offset) => plan.end === undefined || offset < plan.end || offset === 0)
    .sort((a, b) => a - b);

/** Records known so far, for progress. */
export const recordsSoFar = (plan: PagingPlan): number =>
  resultOffsets(plan).reduce((sum, offset) => sum + (plan.done.get(offset) ?? 0), 0);
