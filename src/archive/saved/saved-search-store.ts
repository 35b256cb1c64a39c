/**
 * Admins' saved searches in the app's Forge SQL database: one row per owner and name, the checked searchAudit fields
 * as JSON. Only the owner changes or deletes a row; shared rows are read by every admin.
 */
import { z } from 'zod';
import {
  SAVED_SEARCHES_PER_ADMIN,
  SHARED_SEARCHES_LISTED,
  savedQuerySchema,
  type SavedQuery,
  type SavedRange,
  type SavedSearch,
  SAVED_RANGES,
} from '../../contract/saved-search-results';
import type { ArchiveDb } from '../archive-db';

const COLUMNS = 'id, owner, name, shared, search, saved_at';

const row = z.object({
  id: z.number().int(),
  owner: z.string(),
  name: z.string(),
  shared: z.number().int(),
  search: z.string(),
  saved_at: z.number().int(),
});
type Row = z.output<typeof row>;

/** What the `search` column holds: the checked searchAudit fields and the moving range, if any. */
const storedSchema = z.object({
  search: z.custom<SavedQuery>((value) => savedQuerySchema.safeParse(value).success),
  range: z.enum(SAVED_RANGES).optional(),
});

/** A row as the contract's SavedSearch; undefined for a row whose stored search no longer reads (left out, not fatal). */
const toSaved = (
  caller: string,
  { id, owner, name, shared, search, saved_at }: Row,
): SavedSearch | undefined => {
  let json: unknown;
  try {
    json = JSON.parse(search);
  } catch {
    return undefined;
  }
  const stored = storedSchema.safeParse(json);
  if (!stored.success) return undefined;
  return {
    id: String(id),
    name,
    owner,
    mine: owner === caller,
    shared: shared === 1,
    savedAt: new Date(saved_at).toISOString(),
    search: stored.data.search,
    ...(stored.data.range === undefined ? {} : { range: stored.data.range }),
  };
};

/** The caller's own searches by name, then the ones other admins shared, newest saved first. */
export const listSavedSearches = async (db: ArchiveDb, caller: string): Promise<SavedSearch[]> => {
  const [own, shared] = await Promise.all([
    db.rows(`SELECT ${COLUMNS} FROM saved_search WHERE owner = ? ORDER BY name`, [caller], row),
    db.rows(
      `SELECT ${COLUMNS} FROM saved_search WHERE shared = 1 ORDER BY id DESC LIMIT ${SHARED_SEARCHES_LISTED + SAVED_SEARCHES_PER_ADMIN}`,
      [],
      row,
    ),
  ]);
  const others = shared.filter((found) => found.owner !== caller).slice(0, SHARED_SEARCHES_LISTED);
  return [...own, ...others].flatMap((found) => toSaved(caller, found) ?? []);
};

export interface SearchToSave {
  readonly name: string;
  readonly shared: boolean;
  readonly search: SavedQuery;
  readonly range?: SavedRange;
}

export type SaveOutcome =
  | { readonly ok: true; readonly saved: SavedSearch }
  | { readonly ok: false; readonly reason: 'too-many' };

/** Saves under the caller's name, replacing their search of the same name; a new name counts toward the limit. */
export const saveSearch = async (
  db: ArchiveDb,
  caller: string,
  { name, shared, search, range }: SearchToSave,
  now: number,
): Promise<SaveOutcome> => {
  const [{ kept = 0, same = 0 } = {}] = await db.rows(
    'SELECT COUNT(*) AS kept, COALESCE(SUM(name = ?), 0) AS same FROM saved_search WHERE owner = ?',
    [name, caller],
    z.object({ kept: z.coerce.number().int(), same: z.coerce.number().int() }),
  );
  if (same === 0 && kept >= SAVED_SEARCHES_PER_ADMIN) return { ok: false, reason: 'too-many' };
  const stored = JSON.stringify({ search, ...(range === undefined ? {} : { range }) });
  await db.run(
    `INSERT INTO saved_search (owner, name, shared, search, saved_at) VALUES (?, ?, ?, ?, ?)
     ON DUPLICATE KEY UPDATE shared = VALUES(shared), search = VALUES(search), saved_at = VALUES(saved_at)`,
    [caller, name, shared ? 1 : 0, stored, now],
  );
  const [saved] = await db.rows(
    `SELECT ${COLUMNS} FROM saved_search WHERE owner = ? AND name = ?`,
    [caller, name],
    row,
  );
  const answer = saved && toSaved(caller, saved);
  if (!answer) throw new Error('a saved search could not be read right after saving it');
  return { ok: true, saved: answer };
};

export type DeleteOutcome =
  | { readonly ok: true; readonly deleted: boolean }
  | { readonly ok: false; readonly reason: 'not-owner'; readonly name: string };

/** Deletes the caller's own search; another admin's (even a shared one) is refused; an unknown id deletes nothing. */
export const deleteSavedSearch = async (
  db: ArchiveDb,
  caller: string,
  id: string,
): Promise<DeleteOutcome> => {
  const deleted = await db.run('DELETE FROM saved_search WHERE id = ? AND owner = ?', [id, caller]);
  if (deleted > 0) return { ok: true, deleted: true };
  const [other] = await db.rows(
    'SELECT name FROM saved_search WHERE id = ?',
    [id],
    z.object({ name: z.string() }),
  );
  return other
    ? { ok: false, reason: 'not-owner', name: other.name }
    : { ok: true, deleted: false };
};
