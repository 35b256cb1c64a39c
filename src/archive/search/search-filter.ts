/**
 * The WHERE clause every query of a search shares (alias `r` = archive_record), with its parameters. Each filter is
 * sargable on the key it targets: created on the primary key and the facets index, the address as a key range;
 * list filters compare the rows' dictionary numbers, looked up by hash in the same statement.
 */
import { SYSTEM_AUTHOR, type ArchiveSearch } from '../../domain/archive-search';
import { containsPattern, LIKE_ESCAPE } from '../../domain/search-text';
import type { SqlParam } from '../archive-db';
import { valueHash } from '../hashes';
import { placeholders } from '../insert-rows';
import { objectFilterKeys } from '../record-row';

/** Where one page starts: strictly after the last record of the previous page, and never after the pin. */
export interface SearchScope {
  readonly search: ArchiveSearch;
  /** Epoch ms: nothing created later is counted or shown (the first page's time). */
  readonly pin: number;
  readonly after?: { readonly created: number; readonly id: number };
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

const valueRefs = (column: string, values: readonly string[], params: SqlParam[]): string => {
  params.push(...values.map(valueHash));
  return `${column} IN (SELECT ref FROM archive_value WHERE value_hash IN (${placeholders(values.length, 'UNHEX(?)')}))`;
};

const authorRefs = (authors: readonly string[], params: SqlParam[]): string => {
  const accounts = authors.filter((author) => author !== SYSTEM_AUTHOR);
  const parts = authors.includes(SYSTEM_AUTHOR) ? ['r.author_ref = 0'] : [];
  if (accounts.length > 0) {
    params.push(...accounts.map(valueHash));
    parts.push(
      `r.author_ref IN (SELECT ref FROM archive_author WHERE account_hash IN (${placeholders(accounts.length, 'UNHEX(?)')}))`,
    );
  }
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
};

export const searchFilter = ({ search, pin, after }: SearchScope): SqlFilter => {
  const conditions: string[] = ['r.created <= ?'];
  const params: SqlParam[] = [Math.min(pin, search.to ?? pin)];
  if (search.from !== undefined) {
    conditions.push('r.created >= ?');
    params.push(search.from);
  }
  if (after) {
    conditions.push('(r.created < ? OR (r.created = ? AND r.id < ?))');
    params.push(after.created, after.created, after.id);
  }
  for (const term of search.terms) {
    conditions.push(`r.search_text LIKE ? ESCAPE '${LIKE_ESCAPE}'`);
    params.push(containsPattern(term));
  }
  if (search.authors) conditions.push(authorRefs(search.authors, params));
  if (search.categories) conditions.push(valueRefs('r.category_ref', search.categories, params));
  if (search.objectTypes)
    conditions.push(valueRefs('r.object_type_ref', search.objectTypes, params));
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
