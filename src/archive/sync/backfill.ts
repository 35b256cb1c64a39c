/**
 * Backfill: from the first sync's pin toward Jira's oldest record, in one pinned window read newest first, down to
 * what the archive keeps (retention) and only while the size budget has room.
 */
import { z } from 'zod';
import { raiseKeepFrom, readState, saveBackfill } from '../archive-state';
import { createdMs } from '../record-row';
import { countRecords, keepFrom, recordCapacity } from './keep-within-limits';
import { readWindow, type SyncContext, type WindowOutcome } from './read-window';

const oldestRow = z.object({ created: z.number().int().nullable() });

export const backfill = async (context: SyncContext, pin: number): Promise<WindowOutcome> => {
  const { archive } = context;
  const { db } = archive;
  const state = await readState(db);
  if (!state.backfill || state.backfill.done)
    return { ok: true, added: 0, finished: true, waiting: false };
  const { to, offset } = state.backfill;
  let room = recordCapacity(archive) - (await countRecords(db));
  if (room <= 0) {
    const [oldest] = await db.rows(
      'SELECT MIN(created) AS created FROM archive_record',
      [],
      oldestRow,
    );
    await raiseKeepFrom(db, oldest?.created ?? pin, true);
    return { ok: true, added: 0, finished: true, waiting: false };
  }
  // Nothing older than the archive keeps: records retention would delete at the end of this call are not read.
  const from = keepFrom(state, pin);
  const window = { ...(from > 0 ? { from } : {}), to };
  return readWindow(context, window, offset, async (reached, last, records) => {
    room -= records.length;
    const full = room <= 0 && !last;
    await saveBackfill(db, to, reached, last || full);
    if (full) await raiseKeepFrom(db, createdMs(records.at(-1)!), true);
    return last || full;
  });
};
