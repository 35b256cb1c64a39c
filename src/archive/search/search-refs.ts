/** The dictionary numbers of a search's authors, categories and object types ("system" is 0, no author). */
import { SYSTEM_AUTHOR, type ArchiveSearch } from '../../domain/archive-search';
import type { ArchiveDeps } from '../archive-deps';
import { knownRefs } from '../value-refs';
import type { FilterRefs } from './search-filter';

export const searchRefs = async (
  { db, refs }: ArchiveDeps,
  search: ArchiveSearch,
): Promise<FilterRefs> => {
  const numbers = async (kind: 'values' | 'authors', texts: readonly string[] | undefined) =>
    texts && [...(await knownRefs(db, refs, kind, texts)).values()];
  const accounts = search.authors?.filter((author) => author !== SYSTEM_AUTHOR);
  const [authors, categories, objectTypes] = await Promise.all([
    numbers('authors', accounts),
    numbers('values', search.categories),
    numbers('values', search.objectTypes),
  ]);
  return {
    authors: authors && (search.authors!.includes(SYSTEM_AUTHOR) ? [0, ...authors] : authors),
    categories,
    objectTypes,
  };
};
