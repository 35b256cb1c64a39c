/**
 * One exportAudit page: the search's records newest first from the cursor on, read in chunks of the searchAudit page
 * query (so no SQL answer grows past Forge SQL's limit) and cut at `limit` records or `maxBytes` of JSON, whichever
 * comes first. No total and no facets: an export needs neither.
 */
import type { AuditRecord } from '../../contract';
import type { ArchiveDb } from '../archive-db';
import type { SearchScope } from '../search/search-filter';
import { readPageRows, toSizedRecord, type SearchPage } from '../search/search-page';

export interface ExportPageLimits {
  readonly limit: number;
  readonly maxBytes: number;
  readonly chunkRows: number;
}

export const readExportPage = async (
  db: ArchiveDb,
  scope: SearchScope,
  { limit, maxBytes, chunkRows }: ExportPageLimits,
): Promise<SearchPage> => {
  const records: AuditRecord[] = [];
  let bytes = 0;
  let after = scope.after;
  for (;;) {
    const want = Math.min(chunkRows, limit - records.length);
    const rows = await readPageRows(db, { ...scope, after }, want);
    for (const row of rows.slice(0, want)) {
      const { record, jsonBytes } = toSizedRecord(row);
      const size = jsonBytes + 1; // and the comma that separates it from the next
      // At least one record a page, so an export always moves on.
      if (records.length > 0 && bytes + size > maxBytes) return { records, next: after };
      records.push(record);
      bytes += size;
      after = { created: row.created, id: row.id };
    }
    if (rows.length <= want) return { records };
    if (records.length >= limit) return { records, next: after };
  }
};
