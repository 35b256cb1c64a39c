/** exportAudit: validate the payload, prove the caller may read the audit log, read one export page of the archive. */
import { exportArchive } from '../archive/export/export-archive';
import { parseExportAuditQuery } from './parse-search-audit-query';
import { provenArchiveKey } from './proven-archive-key';

export const exportAudit = provenArchiveKey(parseExportAuditQuery, exportArchive);
