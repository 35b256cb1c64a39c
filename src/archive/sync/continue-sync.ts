/**
 * The sync's continuation: one event on an async-events queue whose consumer (manifest.yml) runs the sync again at
 * once, while the synced-through mark is still fresh, so a backfill spanning several calls skips their catch-ups.
 */
import { Queue } from '@forge/events';

/** The queue manifest.yml's `consumer` module listens on. */
export const SYNC_QUEUE = 'archive-sync';

/** Pushes one continuation event; what the consumer needs is in the archive's state, so the body is empty. */
export const pushContinuation = async (queue: string = SYNC_QUEUE): Promise<void> => {
  await new Queue({ key: queue }).push({ body: {} });
};
