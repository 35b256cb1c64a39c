/** searchAudit: validate the payload, prove the caller may read the audit log, search the archive. */
import type { SearchAuditResult } from '../contract';
import type { ArchiveDeps } from '../archive/archive-deps';
import { searchArchive } from '../archive/search/search-archive';
import type { JiraDeps } from '../jira/jira-deps';
import { startJiraSession } from '../jira/jira-session';
import { parseSearchAuditQuery } from './parse-search-audit-query';

export const searchAudit = async (
  deps: JiraDeps,
  archive: ArchiveDeps,
  payload: unknown,
  accountId: string | undefined,
): Promise<SearchAuditResult> => {
  const parsed = parseSearchAuditQuery(payload);
  if (!parsed.ok) return parsed;
  const session = startJiraSession('user', deps);
  const proof = await archive.proofs.prove(session, accountId);
  if (!proof.ok) return proof;
  return searchArchive(archive, session, parsed.value);
};
