/**
 * Text and object searches scan the record rows (no index holds text), newest first. One scan returns the keys and
 * dictionary numbers of the newest `cap` + 1 matches: when that is all of them, the total, the facets and the page
 * come from it (one scan for a rare term); past the cap (a common term) it stopped early, still holding the first
 * pages, and only the facets need a scan of their own. Page bodies are then read by primary key.
 */
import { z } from 'zod';
import type { ArchiveDb } from '../archive-db';
import { addCount, emptyFacetCounts, type FacetCounts } from './search-facets';
import { searchFilter, type SearchScope } from './search-filter';

const matchRow = z.object({
  created: z.number().int(),
  id: z.number().int(),
  a: z.number().int(),
  c: z.number().int(),
  t: z.number().int(),
});

export interface Matches {
  /** Every match's counts, when the scan saw every match. */
  readonly counts?: FacetCounts;
  /** In the search's order, after the scope's cursor; with `complete` false, only as far as the scan went. */
  readonly keys: readonly { readonly created: number; readonly id: number }[];
}

export const readMatches = async (
  db: ArchiveDb,
  scope: SearchScope,
  cap: number,
): Promise<Matches | undefined> => {
  const { from, where, params } = searchFilter({ ...scope, after: undefined });
  const rows = await db.rows(
    `SELECT r.created, r.id, r.author_ref AS a, r.category_ref AS c, r.object_type_ref AS t FROM ${from} WHERE ${where} LIMIT ?`,
    [...params, cap + 1],
    matchRow,
  );
  if (rows.length > cap) return undefined;
  const counts = emptyFacetCounts();
  for (const { a, c, t } of rows) {
    addCount(counts.a, a, 1);
    addCount(counts.c, c, 1);
    addCount(counts.t, t, 1);
  }
  const { after } = scope;
  // Newest first: +1; oldest first: -1.
  const sign = scope.order === 'asc' ? -1 : 1;
  const beyondAfter = (row: { created: number; id: number }) =>
    !after || sign * (after.created - row.created || after.id - row.id) > 0;
  const keys = rows
    .filter(beyondAfter)
    .sort((x, y) => sign * (y.created - x.created || y.id - x.id))
    .map(({ created, id }) => ({ created, id }));
  return { counts, keys };
};
