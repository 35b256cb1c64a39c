/**
 * Calendar days of a time zone as integer arithmetic SQL can do without time-zone tables: a range is cut where the
 * zone's UTC offset changes, and within a piece every instant's local day number is ⌊(ms + offset) / 86,400,000⌋.
 */
import { DAY_MS, dayOfWall, offsetMinutesAt } from '../contract/time-zone';

export { DAY_MS };

/** From `start` (epoch ms, inclusive) until the next piece starts, the zone's offset is `offsetMs`. */
export interface OffsetPiece {
  readonly start: number;
  readonly offsetMs: number;
}

// No zone changes its offset twice within a day, so a daily probe sees every change.
const PROBE_MS = DAY_MS;

/** The zone's offset (ms) at an instant; throws on an unknown zone, which the payload schema refuses first. */
export const offsetAt = (zone: string, ms: number): number => offsetMinutesAt(zone, ms) * 60_000;

/** The first instant in (low, high] whose offset is not `offset`, found by halving (offset(low) = offset). */
const changeWithin = (zone: string, low: number, high: number, offset: number): number => {
  let before = low;
  let after = high;
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (offsetAt(zone, middle) === offset) before = middle;
    else after = middle;
  }
  return after;
};

/** The pieces of [from, to] with one offset each, oldest first; the first starts at `from`. */
export const offsetPieces = (zone: string, from: number, to: number): OffsetPiece[] => {
  const pieces: OffsetPiece[] = [{ start: from, offsetMs: offsetAt(zone, from) }];
  for (let probe = from; probe < to;) {
    const next = Math.min(probe + PROBE_MS, to);
    const current = pieces.at(-1)!.offsetMs;
    if (offsetAt(zone, next) !== current) {
      const start = changeWithin(zone, probe, next, current);
      pieces.push({ start, offsetMs: offsetAt(zone, start) });
      probe = start;
    } else {
      probe = next;
    }
  }
  return pieces;
};

/** The local day number (days since 1970-01-01 in the zone) of an instant whose offset is `offsetMs`. */
export const localDayNumber = (ms: number, offsetMs: number): number =>
  Math.floor((ms + offsetMs) / DAY_MS);

/** `YYYY-MM-DD` of a local day number. */
export const dayOfNumber = (day: number): string => dayOfWall(day * DAY_MS);
