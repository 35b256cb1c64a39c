/** Jira's audit search: every space-separated term must match (case-insensitive substring) one searchable field. */
import type { CleanWireAuditRecord as RawAuditRecord } from '../../jira/schemas';

const searchableFields = (record: RawAuditRecord): string[] => [
  record.summary,
  record.category,
  record.eventSource ?? '',
  record.objectItem?.name ?? '',
  record.objectItem?.parentName ?? '',
  record.objectItem?.typeName ?? '',
  ...(record.changedValues ?? []).flatMap((change) => [
    change.changedFrom ?? '',
    change.changedTo ?? '',
  ]),
  record.remoteAddress ?? '',
];

export const filterTerms = (filter: string): string[] =>
  filter
    .split(/\s+/)
    .filter((term) => term !== '')
    .map((term) => term.toLowerCase());

export const matchesFilter = (record: RawAuditRecord, filter: string): boolean => {
  const fields = searchableFields(record).map((field) => field.toLowerCase());
  return filterTerms(filter).every((term) => fields.some((field) => field.includes(term)));
};
