/**
 * getActivitySummary: from the archive when it holds the whole range (every record counted, per day in the admin's
 * zone), behind the asUser proof every archive read needs; otherwise from Jira as before (a capped scan, which Jira
 * itself authorises). An archive that cannot answer (empty, behind, failing) leaves the answer to Jira.
 */
import { NeedsAuthenticationError } from '@forge/api';
import {
  ACTIVITY_SCAN_CAP,
  parseInstant,
  type ActivitySummaryQuery,
  type ActivitySummaryResult,
  type Failure,
} from '../../contract';
import { layoutDays } from '../../domain/activity-buckets';
import type { ArchiveSearch } from '../../domain/archive-search';
import { searchTerms } from '../../domain/search-text';
import type { JiraDeps } from '../../jira/jira-deps';
import { startJiraSession, type JiraSession } from '../../jira/jira-session';
import { scanActivity } from '../../jira/scan-activity';
import type { ArchiveDeps } from '../archive-deps';
import { readExtent } from '../archive-extent';
import { archiveMayCover, ensureCoverage } from '../search/archive-coverage';
import { searchRefs } from '../search/search-refs';
import { countActivity } from './count-activity';

const toSearch = ({ filter, from, to }: ActivitySummaryQuery): ArchiveSearch => ({
  from: from === undefined ? undefined : parseInstant(from),
  to: to === undefined ? undefined : parseInstant(to),
  terms: searchTerms(filter ?? ''),
});

/** The summary from the archive, a refusal of the caller, or undefined when Jira must answer. */
const fromArchive = async (
  archive: ArchiveDeps,
  session: JiraSession,
  query: ActivitySummaryQuery,
  accountId: string | undefined,
): Promise<ActivitySummaryResult | Failure | undefined> => {
  const search = toSearch(query);
  if (!(await archiveMayCover(archive, search))) return undefined;
  const proof = await archive.proofs.prove(session, accountId);
  if (!proof.ok) return proof;
  const coverage = await ensureCoverage(archive, session, search, archive.settings.freshMs);
  if (!coverage.covered) return undefined;
  const { pin } = coverage;
  const { oldest } = await readExtent(archive.db, false);
  const counts = await countActivity(
    archive.db,
    { search, pin, refs: await searchRefs(archive, search) },
    {
      timezone: query.timezone,
      from: search.from ?? oldest ?? pin,
      to: Math.min(search.to ?? pin, pin),
      maxRows: archive.settings.activityRows,
    },
  );
  if (!counts) return undefined;
  const { timezone } = query;
  return {
    ok: true,
    days: layoutDays(counts.days, {
      timezone,
      from: query.from,
      to: query.to ?? new Date(pin).toISOString(),
      capped: false,
    }),
    scanned: counts.total,
    capped: false,
    cap: ACTIVITY_SCAN_CAP,
    timezone,
    source: 'archive',
  };
};

export const activitySummary = async (
  jira: JiraDeps,
  archive: ArchiveDeps,
  query: ActivitySummaryQuery,
  accountId: string | undefined,
): Promise<ActivitySummaryResult> => {
  const session = startJiraSession('user', jira);
  try {
    const answer = await fromArchive(archive, session, query, accountId);
    if (answer) return answer;
  } catch (error) {
    // Consent is Forge's to ask for; any other archive failure leaves the answer to Jira.
    if (error instanceof NeedsAuthenticationError) throw error;
  }
  return scanActivity(session, query);
};
