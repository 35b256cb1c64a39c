/**
 * Writes records into the archive, idempotently (INSERT IGNORE on keys that Jira's created and id make unique) and in
 * an order that keeps every search consistent if a call stops half-way: the body first, the searched row last, so a
 * record is found only once all of it is there.
 */
import type { AuditRecord } from '../contract';
import type { ArchiveDb } from './archive-db';
import { insertRows } from './insert-rows';
import { encodeBody } from './record-body';
import { recordColumns } from './record-row';
import { refsOf, type RefCache } from './value-refs';

export interface StoreDeps {
  readonly db: ArchiveDb;
  readonly refs: RefCache;
}

const definedAuthors = (records: readonly AuditRecord[]): string[] =>
  records.flatMap((record) =>
    record.authorAccountId === undefined ? [] : [record.authorAccountId],
  );

/** Stores `records` (normalised, authors aside); resolves to how many were new to the archive. */
export const storeRecords = async (
  { db, refs }: StoreDeps,
  records: readonly AuditRecord[],
): Promise<number> => {
  if (records.length === 0) return 0;
  const [valueRef, authorRef] = await Promise.all([
    refsOf(
      db,
      refs,
      'values',
      records.flatMap((record) =>
        record.objectItem ? [record.category, record.objectItem.typeName] : [record.category],
      ),
    ),
    refsOf(db, refs, 'authors', definedAuthors(records)),
  ]);
  const prepared = records.map((record) => ({ record, columns: recordColumns(record) }));
  await insertRows(
    db,
    'INSERT IGNORE INTO archive_record_body (created, id, body) VALUES',
    '(?, ?, FROM_BASE64(?))',
    prepared.map(({ record, columns }) => [columns.created, columns.id, encodeBody(record)]),
  );
  return insertRows(
    db,
    'INSERT IGNORE INTO archive_record (created, id, author_ref, category_ref, object_type_ref, address, object_keys, search_text) VALUES',
    '(?, ?, ?, ?, ?, UNHEX(?), UNHEX(?), ?)',
    prepared.map(({ record, columns }) => [
      columns.created,
      columns.id,
      record.authorAccountId === undefined ? 0 : authorRef.get(record.authorAccountId)!,
      valueRef.get(record.category)!,
      record.objectItem ? valueRef.get(record.objectItem.typeName)! : 0,
      columns.address,
      columns.objectKeys,
      columns.text,
    ]),
  );
};
