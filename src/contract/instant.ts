/** Instants with an explicit offset (the only form Jira honours) and the one rule for a range of them. */
import { DateTime } from 'luxon';
import * as z from 'zod/mini';
import './zod';

// Seconds required, fraction optional, offset `Z`, `±hh:mm` or `±hhmm` — the forms Jira honours.
// Hours 00-23 and offsets up to ±18:00: Jira's Java parser rejects what Luxon would roll over (24:00, +24:00).
const INSTANT_PATTERN =
  /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):\d{2}:\d{2}(\.\d{1,9})?(Z|[+-](\d{2}):?(\d{2}))$/;
const MAX_OFFSET_MINUTES = 18 * 60;

/** Milliseconds since the epoch of an instant string with an explicit offset, or undefined. */
export const parseInstant = (value: string): number | undefined => {
  const match = INSTANT_PATTERN.exec(value);
  if (!match) return undefined;
  if (match[4] !== undefined && Number(match[4]) * 60 + Number(match[5]) > MAX_OFFSET_MINUTES)
    return undefined;
  const parsed = DateTime.fromISO(value, { setZone: true });
  return parsed.isValid ? parsed.toMillis() : undefined;
};

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
