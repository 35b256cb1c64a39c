/**
 * Retention and the size budget: records older than the retention setting, then the oldest beyond the budget, are
 * deleted in bounded batches, and the archive's keep-from mark moves past them so no sync reads them again.
 */
import { z } from 'zod';
import type { ArchiveDb } from '../archive-db';
import type { ArchiveDeps } from '../archive-deps';
import { raiseKeepFrom, type ArchiveState } from '../archive-state';

const DAY_MS = 86_400_000;
const keyRow = z.object({ created: z.number().int(), id: z.number().int() });
const countRow = z.object({ n: z.number().int() });

/** Deletes records created before `cutoff`, oldest first, in at most `batches` rounds; true when none are left. */
export const deleteBefore = async (
  db: ArchiveDb,
  cutoff: number,
  size: number,
  batches: number,
): Promise<boolean> => {
  for (let round = 0; round < batches; round += 1) {
    const keys = await db.rows(
      'SELECT created, id FROM archive_record WHERE created < ? ORDER BY created, id LIMIT ?',
      [cutoff, size],
      keyRow,
    );
    const last = keys.at(-1);
    if (!last) {
      // Bodies whose searched row went first, when a call stopped between the two deletes.
      await db.run(
        'DELETE FROM archive_record_body WHERE created < ? ORDER BY created, id LIMIT ?',
        [cutoff, size],
      );
      return true;
    }
    // The searched row first: from then on no search finds the record whose body goes next.
    const upTo = [last.created, last.created, last.id];
    await db.run('DELETE FROM archive_record WHERE created < ? OR (created = ? AND id <= ?)', upTo);
    await db.run(
      'DELETE FROM archive_record_body WHERE created < ? OR (created = ? AND id <= ?)',
      upTo,
    );
  }
  return false;
};

/** Records created before this are not kept: retention (in days, from the state row) or an earlier removal. */
export const keepFrom = (state: ArchiveState, now: number): number =>
  Math.max(now - state.retentionDays * DAY_MS, state.keepFrom);

export const countRecords = async (db: ArchiveDb): Promise<number> =>
  (await db.rows('SELECT COUNT(*) AS n FROM archive_record', [], countRow))[0]?.n ?? 0;

/** Records the size budget allows (bytesPerRecord as measured by `npm run bench`, data and indexes). */
export const recordCapacity = ({ settings }: ArchiveDeps): number =>
  Math.floor(settings.budgetBytes / settings.bytesPerRecord);

export const keepWithinLimits = async (
  archive: ArchiveDeps,
  state: ArchiveState,
  now: number,
  maxBatches: number,
): Promise<void> => {
  const { db, settings } = archive;
  const cutoff = keepFrom(state, now);
  if (cutoff > state.keepFrom) await raiseKeepFrom(db, cutoff, false);
  if (!(await deleteBefore(db, cutoff, settings.deleteBatch, maxBatches))) return;
  const excess = (await countRecords(db)) - recordCapacity(archive);
  if (excess <= 0) return;
  const [boundary] = await db.rows(
    'SELECT created, id FROM archive_record ORDER BY created, id LIMIT 1 OFFSET ?',
    [excess - 1],
    keyRow,
  );
  if (!boundary) return;
  // The budget is full: the backfill stops, and nothing older than what stays is read again.
  await raiseKeepFrom(db, boundary.created + 1, true);
  await deleteBefore(db, boundary.created + 1, settings.deleteBatch, maxBatches);
};
