/** The getAuditPage key: its payload schema (validated by the resolver) and result types. */
import { z } from 'zod';
import { DateTime } from 'luxon';
import type { AuditRecord } from './audit-record';
import type { Failure } from './errors';
import { DEFAULT_LIMIT, MAX_FILTER_LENGTH, MAX_LIMIT, MAX_OFFSET } from './limits';

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

const instant = (name: string) =>
  z
    .string({ error: `"${name}" must be a date-time string such as 2026-11-01T00:00:00.000Z.` })
    .refine((value) => parseInstant(value) !== undefined, {
      error: `"${name}" must be a date and time with an explicit offset, such as 2026-11-01T00:00:00.000Z or 2026-11-01T00:00:00+01:00 (a date alone or a time without offset makes Jira return nothing).`,
    });

/** `null` counts as absent (contract). */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === null ? undefined : value), schema.optional());

export const auditPageQuerySchema = z
  .object({
    from: optional(instant('from')),
    to: optional(instant('to')),
    filter: optional(
      z
        .string({ error: '"filter" must be text.' })
        .transform((value) => value.trim())
        .refine((value) => [...value].length <= MAX_FILTER_LENGTH, {
          error: `"filter" may hold at most ${MAX_FILTER_LENGTH} characters; shorten the search text.`,
        })
        .transform((value) => (value === '' ? undefined : value)),
    ),
    offset: optional(
      z
        .number({ error: '"offset" must be a whole number of records to skip.' })
        .int({ error: '"offset" must be a whole number of records to skip.' })
        .min(0, { error: '"offset" cannot be negative.' })
        .max(MAX_OFFSET, { error: `"offset" may be at most ${MAX_OFFSET}.` }),
    ).transform((value) => value ?? 0),
    limit: optional(
      z
        .number({ error: `"limit" must be a whole number from 1 to ${MAX_LIMIT}.` })
        .int({ error: `"limit" must be a whole number from 1 to ${MAX_LIMIT}.` })
        .min(1, { error: `"limit" must be a whole number from 1 to ${MAX_LIMIT}.` })
        .max(MAX_LIMIT, { error: `"limit" must be a whole number from 1 to ${MAX_LIMIT}.` }),
    ).transform((value) => value ?? DEFAULT_LIMIT),
  })
  .refine(
    ({ from, to }) =>
      from === undefined || to === undefined || parseInstant(from)! <= parseInstant(to)!,
    {
      error: '"from" must not be later than "to"; pick a From date on or before the To date.',
      path: ['from'],
    },
  );

/** What the page sends: every field optional, `null` allowed for absent. */
export type AuditPageQueryInput = z.input<typeof auditPageQuerySchema>;
/** The validated query: defaults applied, filter trimmed (undefined when empty). */
export type AuditPageQuery = z.output<typeof auditPageQuerySchema>;

export interface AuditPageSuccess {
  readonly ok: true;
  readonly records: readonly AuditRecord[];
  readonly offset: number;
  readonly limit: number;
  readonly hasMore: boolean;
}

export type AuditPageResult = AuditPageSuccess | Failure;
