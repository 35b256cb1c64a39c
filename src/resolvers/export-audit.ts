/** exportAudit: validate the payload, prove the caller may read the audit log, read one export page of the archive. */
import type { ExportAuditResult } from '../contract';
import type { ArchiveDeps } from '../archive/archive-deps';
import { exportArchive } from '../archive/export/export-archive';
import type { JiraDeps } from '../jira/jira-deps';
import { startJiraSession } from '../jira/jira-session';
import { parseExportAuditQuery } from './parse-search-audit-query';

export const exportAudit = async (
  deps: JiraDeps,
  archive: ArchiveDeps,
  payload: unknown,
  accountId: string | undefined,
): Promise<ExportAuditResult> => {
  const parsed = parseExportAuditQuery(payload);
  if (!parsed.ok) return parsed;
  const session = startJiraSession('user', deps);
  const proof = await archive.proofs.prove(session, accountId);
  if (!proof.ok) return proof;
  return exportArchive(archive, session, parsed.value);
};
