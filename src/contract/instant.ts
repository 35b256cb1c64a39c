/** Instants with an explicit offset (the only form Jira honours) and the one rule for a range of them. */
import * as z from 'zod/mini';
import { MINUTE_MS, wallMillis } from './time-zone';
import './zod';

// Seconds required, fraction optional, offset `Z`, `±hh:mm` or `±hhmm` — the forms Jira honours.
// Hours 00-23, minutes and seconds 00-59, offsets up to ±18:00: what Jira's Java parser accepts.
const INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.(\d{1,9}))?(?:Z|([+-])(\d{2}):?([0-5]\d))$/;
const MAX_OFFSET_MINUTES = 18 * 60;

/** An instant as written: milliseconds since the epoch and the offset (minutes) it was written with. */
export interface WrittenInstant {
  readonly ms: number;
  readonly offsetMinutes: number;
}

/** An instant string with an explicit offset read exactly (fraction beyond milliseconds cut), or undefined. */
export const readInstant = (value: string): WrittenInstant | undefined => {
  const match = INSTANT_PATTERN.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction = '', sign, offsetHours, offsetMins] =
    match;
  const offsetSize = Number(offsetHours ?? 0) * 60 + Number(offsetMins ?? 0);
  if (offsetSize > MAX_OFFSET_MINUTES) return undefined;
  const wall = wallMillis(
    Number(year),
    Number(month),
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    Number(fraction.padEnd(3, '0').slice(0, 3)),
  );
  // 2026-02-30 rolls over to March: a day its month does not have is no date.
  if (new Date(wall).toISOString().slice(0, 10) !== `${year}-${month}-${day}`) return undefined;
  const offsetMinutes = sign === '-' ? -offsetSize : offsetSize;
  return { ms: wall - offsetMinutes * MINUTE_MS, offsetMinutes };
};

/** Milliseconds since the epoch of an instant string with an explicit offset, or undefined. */
export const parseInstant = (value: string): number | undefined => readInstant(value)?.ms;

export const instantSchema = (name: string) =>
  z
    .string({ error: `"${name}" must be a date-time string such as 2026-11-01T00:00:00.000Z.` })
    .check(
      z.refine((value) => parseInstant(value) !== undefined, {
        error: `"${name}" must be a date and time with an explicit offset, such as 2026-11-01T00:00:00.000Z or 2026-11-01T00:00:00+01:00 (a date alone or a time without offset makes Jira return nothing).`,
      }),
    );

export const RANGE_MESSAGE =
  '"from" must not be later than "to"; pick a From date on or before the To date.';

/** The range rule, once: inclusive bounds, `from <= to` when both are given. */
export const isOrderedRange = ({ from, to }: { readonly from?: string; readonly to?: string }) =>
  from === undefined ||
  to === undefined ||
  (parseInstant(from) ?? Number.NaN) <= (parseInstant(to) ?? Number.NaN);

/** The range rule as a check on any object schema with `from` and `to`. */
export const orderedRange = z.refine<{ readonly from?: string; readonly to?: string }>(
  isOrderedRange,
  { error: RANGE_MESSAGE, path: ['from'] },
);
