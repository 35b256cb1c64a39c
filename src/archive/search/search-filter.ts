/**
 * The WHERE clause every query of a search shares (alias `r` = archive_record), with its parameters. Each filter is
 * sargable on the key it targets: created on the primary key and the facets index, the address as a key range;
 * list filters compare the rows' dictionary numbers with plain numbers (a subquery made MariaDB sort every match).
 */
import type { ArchiveSearch } from '../../domain/archive-search';
import { containsPattern, LIKE_ESCAPE } from '../../domain/search-text';
import type { SqlParam } from '../archive-db';
import { placeholders } from '../insert-rows';
import { objectFilterKeys } from '../record-row';

/** Where one page starts: strictly after the last record of the previous page, and never after the pin. */
export interface SearchScope {
  readonly search: ArchiveSearch;
  /** Epoch ms: nothing created later is counted or shown (the first page's time). */
  readonly pin: number;
  readonly after?: { readonly created: number; readonly id: number };
  /** The order pages walk (`after` is the last record shown in it); newest first unless said. */
  readonly order?: 'desc' | 'asc';
  readonly refs: FilterRefs;
}

export interface SqlFilter {
  /** `archive_record r`, with the index hint a search without text or object takes. */
  readonly from: string;
  readonly where: string;
  readonly params: SqlParam[];
}

// Holds every column such a search reads, ordered like the primary key: MariaDB's cost model would otherwise scan
// the wider rows when a range covers most of the archive.
const NARROW = 'archive_record r FORCE INDEX (archive_record_facets)';

/** The dictionary numbers of the search's list filters, looked up before its queries (searchRefs). */
export interface FilterRefs {
  readonly authors?: readonly number[];
  readonly categories?: readonly number[];
  readonly objectTypes?: readonly number[];
}

// A value the archive never stored has no number: the filter then matches nothing.
const oneOf = (column: string, refs: readonly number[], params: SqlParam[]): string => {
  if (refs.length === 0) return '1 = 0';
  params.push(...refs);
  return `${column} IN (${placeholders(refs.length)})`;
};

export const searchFilter = ({ search, pin, after, order, refs }: SearchScope): SqlFilter => {
  const conditions: string[] = ['r.created <= ?'];
  const params: SqlParam[] = [Math.min(pin, search.to ?? pin)];
  if (search.from !== undefined) {
    conditions.push('r.created >= ?');
    params.push(search.from);
  }
  if (after) {
    const beyond = order === 'asc' ? '>' : '<';
    conditions.push(`(r.created ${beyond} ? OR (r.created = ? AND r.id ${beyond} ?))`);
    params.push(after.created, after.created, after.id);
  }
  for (const term of search.terms) {
    conditions.push(`r.search_text LIKE ? ESCAPE '${LIKE_ESCAPE}'`);
    params.push(containsPattern(term));
  }
  if (refs.authors) conditions.push(oneOf('r.author_ref', refs.authors, params));
  if (refs.categories) conditions.push(oneOf('r.category_ref', refs.categories, params));
  if (refs.objectTypes) conditions.push(oneOf('r.object_type_ref', refs.objectTypes, params));
  if (search.object) {
    // Keys are 8 random bytes: one found at an offset that is not a key boundary is a ~2^-64 chance.
    conditions.push('(INSTR(r.object_keys, UNHEX(?)) > 0 OR INSTR(r.object_keys, UNHEX(?)) > 0)');
    params.push(...objectFilterKeys(search.object));
  }
  if (search.address) {
    conditions.push('r.address BETWEEN UNHEX(?) AND UNHEX(?)');
    params.push(search.address.low, search.address.high);
  }
  const narrow = search.terms.length === 0 && search.object === undefined;
  return { from: narrow ? NARROW : 'archive_record r', where: conditions.join(' AND '), params };
};
