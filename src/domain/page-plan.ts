/** Which Jira requests give an exact `hasMore` without Jira's unfiltered `total`, and how their answers become a page. */
import { JIRA_MAX_LIMIT, MAX_OFFSET } from '../contract/limits';

export interface JiraWindow {
  readonly offset: number;
  readonly limit: number;
}

export interface PagePlan {
  readonly page: JiraWindow;
  /** One record just past the page, when the page itself cannot ask for it. */
  readonly probe?: JiraWindow;
}

export const planPage = (offset: number, limit: number): PagePlan => {
  if (limit + 1 <= JIRA_MAX_LIMIT) return { page: { offset, limit: limit + 1 } };
  const next = offset + limit;
  // Past Jira's int32 offset nothing can follow.
  return next > MAX_OFFSET
    ? { page: { offset, limit } }
    : { page: { offset, limit }, probe: { offset: next, limit: 1 } };
};

export interface AssembledPage<T> {
  readonly records: T[];
  readonly hasMore: boolean;
}

export const assemblePage = <T>(
  pageRecords: readonly T[],
  probeRecords: readonly T[] | undefined,
  limit: number,
): AssembledPage<T> => ({
  records: pageRecords.slice(0, limit),
  hasMore: pageRecords.length > limit || (probeRecords?.length ?? 0) > 0,
});
