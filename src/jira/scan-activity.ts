/** The activity summary read from Jira: the newest matching records (up to a cap, within a time budget) per day. */
import {
  ACTIVITY_SCAN_CAP,
  type ActivitySummaryQuery,
  type ActivitySummaryResult,
  type AuditRecord,
} from '../contract';
import { JIRA_MAX_LIMIT } from '../contract/limits';
import { bucketActivity } from '../domain/activity-buckets';
import { getAuditRecords } from './get-audit-records';
import type { JiraSession } from './jira-session';
import { normaliseRecord } from './normalise-record';

/** No new page starts after this much time, so the last one still ends inside Forge's 25 s. */
export const SCAN_BUDGET_MS = 12_000;

export const scanActivity = async (
  session: JiraSession,
  { filter, from, to: until, timezone }: ActivitySummaryQuery,
): Promise<ActivitySummaryResult> => {
  const { clock } = session;
  const started = clock.now();
  // Pinned, so records written during the scan cannot shift the pages.
  const to = until ?? new Date(started).toISOString();
  const search = { filter, from, to };

  const records: AuditRecord[] = [];
  let capped = false;
  for (let offset = 0; offset < ACTIVITY_SCAN_CAP; offset += JIRA_MAX_LIMIT) {
    if (offset > 0 && clock.now() - started > SCAN_BUDGET_MS) {
      capped = true;
      break;
    }
    const limit = Math.min(JIRA_MAX_LIMIT, ACTIVITY_SCAN_CAP - offset);
    const page = await getAuditRecords(session, { ...search, offset, limit });
    if (!page.ok) {
      // Without the first page there is nothing to show; later, the pages read so far are a fair sample.
      if (offset === 0) return page;
      capped = true;
      break;
    }
    for (const record of page.records.slice(0, limit)) records.push(normaliseRecord(record));
    if (page.records.length < limit) break;
    if (offset + limit >= ACTIVITY_SCAN_CAP) {
      const probe = await getAuditRecords(session, {
        ...search,
        offset: ACTIVITY_SCAN_CAP,
        limit: 1,
      });
      capped = !probe.ok || probe.records.length > 0;
    }
  }
  return {
    ok: true,
    days: bucketActivity({ records, timezone, from, to, capped }),
    scanned: records.length,
    capped,
    cap: ACTIVITY_SCAN_CAP,
    timezone,
    source: 'jira',
  };
};
