/**
 * searchAudit over the archive: the first page catches up with Jira and pins the search's upper bound; every page
 * reads its records, the exact total with the facets, and the archive's coverage, side by side.
 */
import type { SearchAuditResult } from '../../contract';
import type { ArchiveSearch } from '../../domain/archive-search';
import { pagingFingerprint } from '../../domain/archive-search';
import { encodeCursor, type SearchCursor } from '../../domain/search-cursor';
import type { JiraSession } from '../../jira/jira-session';
import type { ArchiveDeps } from '../archive-deps';
import { readExtent, toInstant } from '../archive-extent';
import { guardArchive } from '../archive-failure';
import { firstPageCatchUp } from './first-page-catch-up';
import { nameFacets, readFacets } from './search-facets';
import { readMatches } from './search-matches';
import { readRecordsByKey, readSearchPage } from './search-page';
import { searchRefs } from './search-refs';

export interface SearchRequest {
  readonly search: ArchiveSearch;
  readonly limit: number;
  /** Newest first (`desc`) or oldest first. */
  readonly order: 'desc' | 'asc';
  /** Decoded and checked against `search` by the caller. */
  readonly cursor?: SearchCursor;
}

export const searchArchive = (
  archive: ArchiveDeps,
  session: JiraSession,
  { search, limit, order, cursor }: SearchRequest,
): Promise<SearchAuditResult> =>
  guardArchive(async () => {
    await archive.schema.ready();
    const now = session.clock.now();
    if (!cursor) await firstPageCatchUp(archive, session, now);
    // After the catch-up: a category or author may have arrived with it.
    const refs = await searchRefs(archive, search);
    const scope = {
      search,
      pin: cursor?.pin ?? now,
      after: cursor && { created: cursor.created, id: cursor.id },
      order,
      refs,
    };
    const wide = search.terms.length > 0 || search.object !== undefined;
    const [found, extent] = await Promise.all([
      wide ? readMatches(archive.db, scope, archive.settings.matchRows) : undefined,
      readExtent(archive.db, false),
    ]);
    // The scan holds this page when it saw every match, or at least one beyond the page.
    const pageKeys = found && (found.counts || found.keys.length > limit) ? found.keys : undefined;
    const [page, counted] = await Promise.all([
      pageKeys
        ? readRecordsByKey(archive.db, pageKeys.slice(0, limit)).then((records) => ({
            records,
            next: pageKeys.length > limit ? pageKeys[limit - 1] : undefined,
          }))
        : readSearchPage(archive.db, scope, limit),
      found?.counts
        ? nameFacets(archive.db, found.counts)
        : readFacets(archive.db, scope, archive.settings.facetCombinations),
    ]);
    // The mark: every record up to it is archived (or is the backfill's to fetch); a newer record can be there too.
    const newest = Math.max(extent.newest ?? 0, extent.syncedThrough ?? 0) || undefined;
    // Fields left undefined vanish on the way through Forge (results cross it as JSON).
    return {
      ok: true,
      records: page.records,
      total: counted.total,
      nextCursor:
        page.next &&
        encodeCursor({ pin: scope.pin, ...page.next, search: pagingFingerprint(search, order) }),
      facets: counted.facets,
      coverage: {
        oldest: toInstant(extent.oldest),
        newest: toInstant(newest),
        complete: extent.complete,
      },
    };
  });
