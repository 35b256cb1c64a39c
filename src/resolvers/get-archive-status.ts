/** getArchiveStatus: prove the caller may read the audit log, then say what the archive holds. */
import type { ArchiveStatusResult } from '../contract';
import type { ArchiveDeps } from '../archive/archive-deps';
import { archiveStatus } from '../archive/archive-status';
import type { JiraDeps } from '../jira/jira-deps';
import { startJiraSession } from '../jira/jira-session';

export const getArchiveStatus = async (
  deps: JiraDeps,
  archive: ArchiveDeps,
  accountId: string | undefined,
): Promise<ArchiveStatusResult> => {
  const proof = await archive.proofs.prove(startJiraSession('user', deps), accountId);
  if (!proof.ok) return proof;
  return archiveStatus(archive);
};
