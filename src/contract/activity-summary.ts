/** The getActivitySummary key's payload: records per day by category for a filter and range (result in results.ts). */
import { searchFields } from './audit-page';
import { orderedRange } from './instant';
import * as z from 'zod/mini';
import { optional } from './zod';
import { isTimeZone } from './time-zone';

/** Records scanned at most (5 pages of 1000), so a summary stays well inside Forge's 25 s limit. */
export const ACTIVITY_SCAN_CAP = 5000;
export const DEFAULT_TIMEZONE = 'UTC';

const ZONE_MESSAGE = '"timezone" must be an IANA time zone name such as Europe/Berlin.';

export const timezoneSchema = z
  .string({ error: ZONE_MESSAGE })
  .check(z.refine((value) => isTimeZone(value), { error: ZONE_MESSAGE }));

export const activitySummaryQuerySchema = z
  .object({
    ...searchFields,
    timezone: z.pipe(
      optional(timezoneSchema),
      z.transform((value) => value ?? DEFAULT_TIMEZONE),
    ),
  })
  .check(orderedRange);

/** What the page sends: `from`, `to`, `filter` as for getAuditPage, plus the admin's `timezone`. */
export type ActivitySummaryQueryInput = z.input<typeof activitySummaryQuerySchema>;
export type ActivitySummaryQuery = z.output<typeof activitySummaryQuerySchema>;
