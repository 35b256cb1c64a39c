/**
 * getActivitySummary: validate the payload, then count from the archive or Jira. The archive's asUser proof is asked
 * only when the archive may answer: Jira checks the caller itself on its own path.
 */
import { activitySummaryQuerySchema, type ActivitySummaryResult } from '../contract';
import { activitySummary } from '../archive/activity/activity-summary';
import type { ArchiveDeps } from '../archive/archive-deps';
import type { JiraDeps } from '../jira/jira-deps';
import { parsePayload } from './parse-payload';

export const getActivitySummary = async (
  deps: JiraDeps,
  archive: ArchiveDeps,
  payload: unknown,
  accountId: string | undefined,
): Promise<ActivitySummaryResult> => {
  const parsed = parsePayload(
    activitySummaryQuerySchema,
    payload,
    '"from", "to", "filter" and "timezone"',
  );
  if (!parsed.ok) return parsed;
  return activitySummary(deps, archive, parsed.value, accountId);
};
