/** The archive's one state row: how far the sync got, what the archive keeps, and the lease of the running sync. */
import { z } from 'zod';
import type { ArchiveDb } from './archive-db';

const nullableMs = z.number().int().nullable();

const stateRow = z.object({
  synced_through: nullableMs,
  catchup_from: nullableMs,
  catchup_to: nullableMs,
  catchup_offset: z.number().int().nonnegative(),
  backfill_to: nullableMs,
  backfill_offset: z.number().int().nonnegative(),
  backfill_done: z.number().int(),
  keep_from: z.number().int(),
  retention_days: z.number().int().positive(),
  last_sync_at: nullableMs,
});

export interface ArchiveState {
  /** Every record up to here was read by a catch-up (or is the backfill's job); null until the first sync. */
  readonly syncedThrough?: number;
  /** A catch-up window read in part: pinned bounds and the offset reached. */
  readonly catchUp?: { readonly from: number; readonly to: number; readonly offset: number };
  /** The backfill's pinned upper bound and the offset (newest first) it reached. */
  readonly backfill?: { readonly to: number; readonly offset: number; readonly done: boolean };
  /** Records created before this are not kept (retention, size budget) and never read again. */
  readonly keepFrom: number;
  readonly retentionDays: number;
  readonly lastSyncAt?: number;
}

const orUndefined = (value: number | null) => value ?? undefined;

export const readState = async (db: ArchiveDb): Promise<ArchiveState> => {
  const [row] = await db.rows(
    'SELECT synced_through, catchup_from, catchup_to, catchup_offset, backfill_to, backfill_offset, backfill_done, keep_from, retention_days, last_sync_at FROM archive_state WHERE id = 1',
    [],
    stateRow,
  );
  if (!row) return { keepFrom: 0, retentionDays: 365 };
  return {
    syncedThrough: orUndefined(row.synced_through),
    catchUp:
      row.catchup_from !== null && row.catchup_to !== null
        ? { from: row.catchup_from, to: row.catchup_to, offset: row.catchup_offset }
        : undefined,
    backfill:
      row.backfill_to !== null
        ? { to: row.backfill_to, offset: row.backfill_offset, done: row.backfill_done !== 0 }
        : undefined,
    keepFrom: row.keep_from,
    retentionDays: row.retention_days,
    lastSyncAt: orUndefined(row.last_sync_at),
  };
};

/** Takes the lease when it is free or expired; false when another sync holds it. */
export const takeLease = async (db: ArchiveDb, owner: string, now: number, leaseMs: number) =>
  (await db.run(
    'UPDATE archive_state SET lease_owner = ?, lease_until = ? WHERE id = 1 AND (lease_until < ? OR lease_owner IS NULL)',
    [owner, now + leaseMs, now],
  )) === 1;

export const releaseLease = (db: ArchiveDb, owner: string) =>
  db.run(
    'UPDATE archive_state SET lease_owner = NULL, lease_until = 0 WHERE id = 1 AND lease_owner = ?',
    [owner],
  );

/** The first sync: the backfill's window ends here, and catch-ups start here. */
export const startArchive = (db: ArchiveDb, pin: number) =>
  db.run(
    'UPDATE archive_state SET synced_through = ?, backfill_to = ?, backfill_offset = 0, backfill_done = 0 WHERE id = 1 AND synced_through IS NULL',
    [pin, pin],
  );

/** A catch-up window read up to `offset`: kept so the next call resumes the same pinned window. */
export const saveCatchUp = (db: ArchiveDb, window: { from: number; to: number }, offset: number) =>
  db.run(
    'UPDATE archive_state SET catchup_from = ?, catchup_to = ?, catchup_offset = ? WHERE id = 1',
    [window.from, window.to, offset],
  );

/** Every record up to `to` is archived: the mark moves there (never back) and no window is left open. */
export const finishCatchUp = (db: ArchiveDb, to: number) =>
  db.run(
    'UPDATE archive_state SET synced_through = GREATEST(COALESCE(synced_through, ?), ?), catchup_from = NULL, catchup_to = NULL, catchup_offset = 0 WHERE id = 1 AND (catchup_to IS NULL OR catchup_to <= ?)',
    [to, to, to],
  );

/** Moves the mark forward only (the page's first-page catch-up, which opens no window). */
export const advanceMark = (db: ArchiveDb, to: number) =>
  db.run(
    'UPDATE archive_state SET synced_through = GREATEST(synced_through, ?) WHERE id = 1 AND synced_through IS NOT NULL',
    [to],
  );

/** Backfill progress in its pinned window; offsets only grow, `done` only turns true. */
export const saveBackfill = (db: ArchiveDb, to: number, offset: number, done: boolean) =>
  db.run(
    'UPDATE archive_state SET backfill_offset = GREATEST(backfill_offset, ?), backfill_done = GREATEST(backfill_done, ?) WHERE id = 1 AND backfill_to = ?',
    [offset, done ? 1 : 0, to],
  );

/** Nothing older than `from` is kept or read again; and the backfill, if it runs, ends there. */
export const raiseKeepFrom = (db: ArchiveDb, from: number, backfillDone: boolean) =>
  db.run(
    'UPDATE archive_state SET keep_from = GREATEST(keep_from, ?), backfill_done = GREATEST(backfill_done, ?) WHERE id = 1',
    [from, backfillDone ? 1 : 0],
  );

export const markSynced = (db: ArchiveDb, at: number) =>
  db.run('UPDATE archive_state SET last_sync_at = ? WHERE id = 1', [at]);
