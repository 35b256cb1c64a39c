/**
 * The numbers record rows carry instead of repeated text: categories and object type names (archive_value) and
 * author account ids (archive_author). A number, once given, never changes, so a function instance caches them.
 */
import { z } from 'zod';
import { ArchiveDbError, type ArchiveDb } from './archive-db';
import { valueHash } from './hashes';
import { insertRows, placeholders } from './insert-rows';

export interface RefCache {
  readonly values: Map<string, number>;
  readonly authors: Map<string, number>;
}

export const createRefCache = (): RefCache => ({ values: new Map(), authors: new Map() });

const refRow = z.object({ ref: z.number().int().positive(), hash: z.string() });
const CHUNK = 500;

const table = {
  values: { name: 'archive_value', hash: 'value_hash', text: 'value' },
  authors: { name: 'archive_author', hash: 'account_hash', text: 'account_id' },
} as const;

/** The refs the archive has for `texts` (none for a text it never stored), asking only for those not cached. */
export const knownRefs = async (
  db: ArchiveDb,
  cache: RefCache,
  kind: keyof RefCache,
  texts: Iterable<string>,
): Promise<Map<string, number>> => {
  const known = cache[kind];
  const wanted = [...new Set(texts)];
  const missing = wanted.filter((text) => !known.has(text));
  const { name, hash } = table[kind];
  for (let start = 0; start < missing.length; start += CHUNK) {
    const byHash = new Map(
      missing.slice(start, start + CHUNK).map((value) => [valueHash(value), value]),
    );
    const rows = await db.rows(
      `SELECT ref, LOWER(HEX(${hash})) AS hash FROM ${name} WHERE ${hash} IN (${placeholders(byHash.size, 'UNHEX(?)')})`,
      [...byHash.keys()],
      refRow,
    );
    for (const row of rows) {
      const value = byHash.get(row.hash);
      if (value !== undefined) known.set(value, row.ref);
    }
  }
  return new Map(wanted.flatMap((value) => (known.has(value) ? [[value, known.get(value)!]] : [])));
};

/** The refs of `texts`, creating rows for those the archive has not seen. */
export const refsOf = async (
  db: ArchiveDb,
  cache: RefCache,
  kind: keyof RefCache,
  texts: Iterable<string>,
): Promise<Map<string, number>> => {
  const wanted = [...new Set(texts)];
  const missing = wanted.filter((text) => !cache[kind].has(text));
  if (missing.length > 0) {
    const { name, hash, text } = table[kind];
    await insertRows(
      db,
      `INSERT IGNORE INTO ${name} (${hash}, ${text}) VALUES`,
      '(UNHEX(?), ?)',
      missing.map((value) => [valueHash(value), value]),
    );
  }
  const refs = await knownRefs(db, cache, kind, wanted);
  if (refs.size !== wanted.length)
    throw new ArchiveDbError(false, 'a dictionary row missing after its insert');
  return refs;
};
