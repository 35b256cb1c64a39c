/** searchAudit: validate the payload, prove the caller may read the audit log, search the archive. */
import { searchArchive } from '../archive/search/search-archive';
import { parseSearchAuditQuery } from './parse-search-audit-query';
import { provenArchiveKey } from './proven-archive-key';

export const searchAudit = provenArchiveKey(parseSearchAuditQuery, searchArchive);
