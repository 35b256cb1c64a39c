/**
 * Jira's audit text search, as rules the archive can run in SQL: terms split on whitespace, each a case-insensitive
 * substring of at least one searched field (docs/archive.md). Lowercasing is JavaScript's, done once on both sides.
 */
import type { AuditRecord } from '../contract';

/** The escape character of every LIKE pattern the archive sends (`LIKE ? ESCAPE '!'`). */
export const LIKE_ESCAPE = '!';

/** Terms as Jira splits them: on any whitespace, empty ones dropped, lowercased. */
export const searchTerms = (text: string): string[] =>
  text
    .split(/\s+/)
    .filter((term) => term !== '')
    .map((term) => term.toLowerCase());

/** The fields Jira's `filter` searches, in the order it lists them. */
export const searchedFields = (record: AuditRecord): string[] => {
  const fields = [
    record.summary,
    record.category,
    record.eventSource,
    record.objectItem?.name ?? '',
    record.objectItem?.parentName ?? '',
    record.objectItem?.typeName ?? '',
  ];
  for (const change of record.changedValues)
    fields.push(change.changedFrom ?? '', change.changedTo ?? '');
  fields.push(record.remoteAddress ?? '');
  return fields;
};

/**
 * The record's searched fields lowercased and joined by a newline. Terms never hold whitespace, so a term found in
 * this text lies inside one field: it cannot span two.
 */
export const searchText = (record: AuditRecord): string =>
  searchedFields(record)
    .filter((field) => field !== '')
    .join('\n')
    .toLowerCase();

/** `%term%` for `LIKE … ESCAPE '!'`, with `%`, `_` and `!` in the term matching themselves. */
export const containsPattern = (term: string): string =>
  `%${term.replace(/[%_!]/g, (char) => `${LIKE_ESCAPE}${char}`)}%`;
