/**
 * Whether the archive holds every record of a range, so a read can come from it instead of Jira. Below: the backfill
 * reached `from` (or finished, with Jira holding nothing older that matches). Above: the synced-through mark reached
 * the range's end, or is fresh (searchAudit's first-page rule: at most `freshMs` behind the live log).
 */

/** What the archive's state says about its reach (epoch ms). */
export interface ArchiveReach {
  /** The oldest archived record. */
  readonly oldest?: number;
  /** Every record created up to here was read by a catch-up, or lies below the backfill's reach. */
  readonly syncedThrough?: number;
  /** The backfill finished: it read everything down to `keepFrom` (Jira's oldest record, retention, or the budget). */
  readonly complete: boolean;
  /** Records created before this are not kept. */
  readonly keepFrom: number;
}

/**
 * From here on every record is archived: the backfill's lower bound once it finished, otherwise just above the oldest
 * record it reached (records created in that same millisecond may still be on their way); undefined when empty.
 */
export const archivedFrom = (reach: ArchiveReach): number | undefined =>
  reach.complete ? reach.keepFrom : reach.oldest === undefined ? undefined : reach.oldest + 1;

/**
 * `covered`: every record from `from` on is archived. `ask-jira`: the archive stops at `archivedFrom` and only Jira
 * can say whether it holds matching records older than that (retention or the budget cut them). `missing`: the
 * backfill has not got there yet.
 */
export type LowerReach = 'covered' | 'ask-jira' | 'missing';

export const lowerReach = (from: number | undefined, reach: ArchiveReach): LowerReach => {
  const edge = archivedFrom(reach);
  if (edge === undefined) return 'missing';
  // Nothing is created before 1970: an open start asks for everything from there.
  if ((from ?? 0) >= edge) return 'covered';
  return reach.complete ? 'ask-jira' : 'missing';
};

/** The range's end as the archive must reach it: `to`, or now for an open or future end. */
export const upperTarget = (to: number | undefined, now: number): number =>
  Math.min(to ?? now, now);

/** True when the mark reached the range's end, or lags the live log by less than `freshMs`. */
export const upperCovered = (
  to: number | undefined,
  now: number,
  syncedThrough: number | undefined,
  freshMs: number,
): boolean =>
  syncedThrough !== undefined &&
  (syncedThrough >= upperTarget(to, now) || now - syncedThrough < freshMs);
