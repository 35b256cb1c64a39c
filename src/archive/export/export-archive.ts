/**
 * exportAudit over the archive: a first page reads the archive only when it holds the whole range (the coverage rules
 * of the activity summary) and pins the export to that moment; later pages follow the cursor under the same pin, so
 * records archived meanwhile never appear and none is read twice. Otherwise the first page sends the export to Jira.
 */
import type { ExportAuditResult } from '../../contract';
import { pagingFingerprint } from '../../domain/archive-search';
import { encodeCursor } from '../../domain/search-cursor';
import type { JiraSession } from '../../jira/jira-session';
import type { ArchiveDeps } from '../archive-deps';
import { guardArchive } from '../archive-failure';
import { archiveMayCover, ensureCoverage } from '../search/archive-coverage';
import type { SearchRequest } from '../search/search-archive';
import { searchRefs } from '../search/search-refs';
import { readExportPage } from './read-export-page';

const FROM_JIRA = { ok: true, source: 'jira' } as const;

/** The pin of a first page the archive can answer, or undefined when Jira must. */
const pinFirstPage = async (
  archive: ArchiveDeps,
  session: JiraSession,
  { search }: SearchRequest,
): Promise<number | undefined> => {
  if (!(await archiveMayCover(archive, search))) return undefined;
  const coverage = await ensureCoverage(archive, session, search, archive.settings.freshMs);
  return coverage.covered ? coverage.pin : undefined;
};

export const exportArchive = (
  archive: ArchiveDeps,
  session: JiraSession,
  request: SearchRequest,
): Promise<ExportAuditResult> =>
  guardArchive(async () => {
    await archive.schema.ready();
    const { search, limit, cursor } = request;
    const pin = cursor ? cursor.pin : await pinFirstPage(archive, session, request);
    if (pin === undefined) return FROM_JIRA;
    const refs = await searchRefs(archive, search);
    const after = cursor && { created: cursor.created, id: cursor.id };
    const page = await readExportPage(
      archive.db,
      { search, pin, after, refs },
      {
        limit,
        maxBytes: archive.settings.exportPageBytes,
        chunkRows: archive.settings.exportChunkRows,
      },
    );
    return {
      ok: true,
      source: 'archive',
      records: page.records,
      nextCursor:
        page.next && encodeCursor({ pin, ...page.next, search: pagingFingerprint(search, 'desc') }),
    };
  });
