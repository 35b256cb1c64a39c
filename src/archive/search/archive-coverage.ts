/**
 * Whether a read (the activity summary, an export) can come from the archive: it must hold every record of the
 * search's range (domain/archive-coverage.ts). The mark is brought up to the range's end by the first-page catch-up
 * (at most two asUser requests); where retention cut the archive, one asUser request asks Jira whether it holds
 * anything older that matches.
 */
import type { ArchiveSearch } from '../../domain/archive-search';
import {
  archivedFrom,
  lowerReach,
  upperCovered,
  upperTarget,
  type ArchiveReach,
} from '../../domain/archive-coverage';
import { getAuditRecords } from '../../jira/get-audit-records';
import type { JiraSession } from '../../jira/jira-session';
import type { ArchiveDeps } from '../archive-deps';
import { readExtent } from '../archive-extent';
import { firstPageCatchUp } from './first-page-catch-up';

export type Coverage =
  /** Read the archive: nothing created after `pin` (the time of the check) is part of the answer. */
  { readonly covered: true; readonly pin: number } | { readonly covered: false };

const readReach = async (archive: ArchiveDeps): Promise<ArchiveReach> => {
  await archive.schema.ready();
  return readExtent(archive.db, false);
};

/** From the database alone: false when no catch-up can make the archive cover the search (it lacks older records). */
export const archiveMayCover = async (
  archive: ArchiveDeps,
  search: ArchiveSearch,
): Promise<boolean> => {
  const reach = await readReach(archive);
  return reach.syncedThrough !== undefined && lowerReach(search.from, reach) !== 'missing';
};

const instant = (ms: number) => new Date(ms).toISOString();

/** True when Jira, asked as the caller, holds no record older than the archive's reach that the text could match. */
const nothingOlderInJira = async (
  session: JiraSession,
  search: ArchiveSearch,
  edge: number,
): Promise<boolean> => {
  const answer = await getAuditRecords(session, {
    offset: 0,
    limit: 1,
    // Jira's filter on the text alone matches at least what the whole search matches.
    ...(search.terms.length > 0 ? { filter: search.terms.join(' ') } : {}),
    ...(search.from === undefined ? {} : { from: instant(search.from) }),
    to: instant(edge - 1),
  });
  return answer.ok && answer.records.length === 0;
};

/** Catches the archive up to the search's end if needed, then says whether it covers the whole range. */
export const ensureCoverage = async (
  archive: ArchiveDeps,
  session: JiraSession,
  search: ArchiveSearch,
  freshMs: number,
): Promise<Coverage> => {
  const now = session.clock.now();
  await firstPageCatchUp(archive, session, now, {
    needed: upperTarget(search.to, now),
    freshMs,
  });
  const reach = await readReach(archive);
  if (!upperCovered(search.to, now, reach.syncedThrough, freshMs)) return { covered: false };
  const lower = lowerReach(search.from, reach);
  if (lower === 'missing') return { covered: false };
  if (lower === 'ask-jira' && !(await nothingOlderInJira(session, search, archivedFrom(reach)!)))
    return { covered: false };
  return { covered: true, pin: now };
};
