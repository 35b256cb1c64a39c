/**
 * Catch-up: the records Jira wrote since the synced-through mark, in a window pinned at the call's start (a window
 * left half-read by an earlier call is finished first). The mark moves only when a window was read to its end.
 */
import { finishCatchUp, readState, saveCatchUp } from '../archive-state';
import { readWindow, type SyncContext, type WindowOutcome } from './read-window';

export const catchUp = async (context: SyncContext, pin: number): Promise<WindowOutcome> => {
  const { db, settings } = context.archive;
  let added = 0;
  for (;;) {
    const state = await readState(db);
    const mark = state.syncedThrough ?? pin;
    if (!state.catchUp && mark >= pin) return { ok: true, added, finished: true, waiting: false };
    const window = state.catchUp ?? {
      from: Math.max(0, mark - settings.catchUpOverlapMs),
      to: pin,
    };
    const outcome = await readWindow(
      context,
      window,
      state.catchUp?.offset ?? 0,
      async (offset, last) => {
        await (last ? finishCatchUp(db, window.to) : saveCatchUp(db, window, offset));
        return last;
      },
    );
    if (!outcome.ok) return outcome;
    added += outcome.added;
    if (!outcome.finished) return { ...outcome, added };
  }
};
