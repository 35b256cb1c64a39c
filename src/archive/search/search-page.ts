/**
 * One page of a search, newest first, with each record's stored JSON and its author's name when known. Walks the
 * primary key (created, id) backwards from the cursor; the body and author are joined only for the page's rows.
 */
import { z } from 'zod';
import type { AuditRecord } from '../../contract';
import type { ArchiveDb } from '../archive-db';
import { decodeSizedBody } from '../record-body';
import { searchFilter, type SearchScope } from './search-filter';

const pageRow = z.object({
  created: z.number().int(),
  id: z.number().int(),
  body: z.string(),
  account_id: z.string().nullable(),
  display_name: z.string().nullable(),
  avatar_url: z.string().nullable(),
});

export type PageRow = z.output<typeof pageRow>;

/** The record of a row, and about how many bytes of JSON it makes (its stored JSON plus its author's fields). */
export const toSizedRecord = (row: PageRow): { record: AuditRecord; jsonBytes: number } => {
  const { record, jsonBytes } = decodeSizedBody(row.body);
  if (row.account_id === null || row.display_name === null) return { record, jsonBytes };
  const author = { accountId: row.account_id, displayName: row.display_name };
  // The author object's keys and quotes take under 80 bytes; its values are counted as UTF-8.
  const authorBytes =
    80 + Buffer.byteLength(row.account_id + row.display_name + (row.avatar_url ?? ''));
  return {
    record: {
      ...record,
      author: row.avatar_url === null ? author : { ...author, avatarUrl: row.avatar_url },
    },
    jsonBytes: jsonBytes + authorBytes,
  };
};

export const toRecord = (row: PageRow): AuditRecord => toSizedRecord(row).record;

/** The records with these keys, in the order given: by primary key, for a page found by readMatches. */
export const readRecordsByKey = async (
  db: ArchiveDb,
  keys: readonly { readonly created: number; readonly id: number }[],
): Promise<AuditRecord[]> => {
  if (keys.length === 0) return [];
  const rows = await db.rows(
    `SELECT b.created, b.id, TO_BASE64(b.body) AS body, a.account_id, a.display_name, a.avatar_url
     FROM archive_record_body b
     JOIN archive_record r ON r.created = b.created AND r.id = b.id
     LEFT JOIN archive_author a ON a.ref = r.author_ref
     WHERE ${keys.map(() => '(b.created = ? AND b.id = ?)').join(' OR ')}`,
    keys.flatMap((key) => [key.created, key.id]),
    pageRow,
  );
  const byKey = new Map(rows.map((row) => [`${row.created}:${row.id}`, row]));
  return keys.flatMap((key) => {
    const row = byKey.get(`${key.created}:${key.id}`);
    return row ? [toRecord(row)] : [];
  });
};

export interface SearchPage {
  readonly records: AuditRecord[];
  /** The last record shown, when more match after it. */
  readonly next?: { readonly created: number; readonly id: number };
}

/** Up to `count + 1` rows of a search from the scope's cursor on, newest first: one more tells whether more match. */
export const readPageRows = async (
  db: ArchiveDb,
  scope: SearchScope,
  count: number,
): Promise<PageRow[]> => {
  const { from, where, params } = searchFilter(scope);
  return db.rows(
    `SELECT r.created, r.id, TO_BASE64(b.body) AS body, a.account_id, a.display_name, a.avatar_url
     FROM ${from}
     JOIN archive_record_body b ON b.created = r.created AND b.id = r.id
     LEFT JOIN archive_author a ON a.ref = r.author_ref
     WHERE ${where}
     ORDER BY ${scope.order === 'asc' ? 'r.created ASC, r.id ASC' : 'r.created DESC, r.id DESC'}
     LIMIT ?`,
    [...params, count + 1],
    pageRow,
  );
};

export const readSearchPage = async (
  db: ArchiveDb,
  scope: SearchScope,
  limit: number,
): Promise<SearchPage> => {
  const rows = await readPageRows(db, scope, limit);
  const shown = rows.slice(0, limit);
  const records = shown.map(toRecord);
  const last = shown.at(-1);
  return rows.length > limit && last
    ? { records, next: { created: last.created, id: last.id } }
    : { records };
};
