/** How far the archive reaches: its oldest and newest records, their number, and what the sync has done. */
import { z } from 'zod';
import type { ArchiveDb } from './archive-db';

const extentRow = z.object({
  records: z.number().int(),
  oldest: z.number().int().nullable(),
  newest: z.number().int().nullable(),
  synced_through: z.number().int().nullable(),
  backfill_done: z.number().int(),
  last_sync_at: z.number().int().nullable(),
});

export interface ArchiveExtent {
  readonly records: number;
  readonly oldest?: number;
  readonly newest?: number;
  readonly syncedThrough?: number;
  /** The backfill reached Jira's oldest record (or the oldest the archive keeps). */
  readonly complete: boolean;
  readonly lastSyncAt?: number;
}

/** Epoch ms as the contract's instant (UTC, milliseconds). */
export const toInstant = (ms: number | undefined): string | undefined =>
  ms === undefined ? undefined : new Date(ms).toISOString();

// MIN and MAX read one end of the primary key each; COUNT(*) reads the narrowest index.
export const readExtent = async (db: ArchiveDb, withCount: boolean): Promise<ArchiveExtent> => {
  const [row] = await db.rows(
    `SELECT ${withCount ? '(SELECT COUNT(*) FROM archive_record)' : '0'} AS records,
       (SELECT MIN(created) FROM archive_record) AS oldest, (SELECT MAX(created) FROM archive_record) AS newest,
       s.synced_through, s.backfill_done, s.last_sync_at
     FROM archive_state s WHERE s.id = 1`,
    [],
    extentRow,
  );
  if (!row) return { records: 0, complete: false };
  return {
    records: row.records,
    oldest: row.oldest ?? undefined,
    newest: row.newest ?? undefined,
    syncedThrough: row.synced_through ?? undefined,
    complete: row.backfill_done !== 0,
    lastSyncAt: row.last_sync_at ?? undefined,
  };
};
