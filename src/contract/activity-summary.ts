/** The getActivitySummary key: records per day by category for a filter and range, from a capped scan. */
import { z } from 'zod';
import { IANAZone } from 'luxon';
import { auditPageQuerySchema, parseInstant } from './audit-page';
import type { Failure } from './errors';

/** Records scanned at most (5 pages of 1000), so a summary stays well inside Forge's 25 s limit. */
export const ACTIVITY_SCAN_CAP = 5000;
export const DEFAULT_TIMEZONE = 'UTC';

const { from, to, filter } = auditPageQuerySchema.shape;

export const activitySummaryQuerySchema = z
  .object({
    from,
    to,
    filter,
    timezone: z
      .preprocess(
        (value) => (value === null ? undefined : value),
        z
          .string({
            error: '"timezone" must be an IANA time zone name such as Europe/Berlin.',
          })
          .refine((value) => IANAZone.isValidZone(value), {
            error: '"timezone" must be an IANA time zone name such as Europe/Berlin.',
          })
          .optional(),
      )
      .transform((value) => value ?? DEFAULT_TIMEZONE),
  })
  .refine(
    (query) =>
      query.from === undefined ||
      query.to === undefined ||
      parseInstant(query.from)! <= parseInstant(query.to)!,
    { error: '"from" must not be later than "to".', path: ['from'] },
  );

/** What the page sends: `from`, `to`, `filter` as for getAuditPage, plus the admin's `timezone`. */
export type ActivitySummaryQueryInput = z.input<typeof activitySummaryQuerySchema>;
export type ActivitySummaryQuery = z.output<typeof activitySummaryQuerySchema>;

/** One calendar day (`YYYY-MM-DD` in the query's timezone) and its record count per category. */
export interface ActivityDay {
  readonly day: string;
  readonly counts: Readonly<Record<string, number>>;
}

export interface ActivitySummarySuccess {
  readonly ok: true;
  /** Oldest day first, with no gaps between the first and last day. */
  readonly days: readonly ActivityDay[];
  /** Records counted. */
  readonly scanned: number;
  /** True when more matching records exist than were scanned: the chart shows only the newest `scanned`. */
  readonly capped: boolean;
  readonly cap: number;
  readonly timezone: string;
}

export type ActivitySummaryResult = ActivitySummarySuccess | Failure;
