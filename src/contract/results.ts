/**
 * What each resolver key answers, as schemas the page validates every result with (and the resolver's tests hold it
 * to). Kept apart from the payload schemas so the UI Kit bundle carries only what the page checks.
 */
import * as z from 'zod/mini';
import { auditRecordSchema } from './audit-record';
import { failureSchema } from './errors';

export const auditPageSuccessSchema = z.object({
  ok: z.literal(true),
  records: z.array(auditRecordSchema),
  offset: z.number().check(z.int(), z.gte(0)),
  limit: z.number().check(z.int(), z.gte(1)),
  hasMore: z.boolean(),
});

export const auditPageResultSchema = z.discriminatedUnion('ok', [
  auditPageSuccessSchema,
  failureSchema,
]);

export type AuditPageSuccess = z.output<typeof auditPageSuccessSchema>;
export type AuditPageResult = z.output<typeof auditPageResultSchema>;
/** What getAuditPage sends: with `emptyLists: false` a record may leave its empty lists out. */
export type AuditPageAnswer = z.input<typeof auditPageResultSchema>;

const count = z.number().check(z.int(), z.gte(0));

/** One calendar day (`YYYY-MM-DD` in the query's timezone) and its record count per category. */
export const activityDaySchema = z.object({
  day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  counts: z.record(z.string(), count),
});

export const activitySummarySuccessSchema = z.object({
  ok: z.literal(true),
  /** Oldest day first, with no gaps between the first and last day. */
  days: z.array(activityDaySchema),
  /** Records counted. */
  scanned: count,
  /** True when more matching records exist than were scanned: the chart shows only the newest `scanned`. */
  capped: z.boolean(),
  cap: z.number().check(z.int(), z.gte(1)),
  timezone: z.string(),
  /** Where the counts come from: the app's archive (every record of the range) or a scan of Jira. */
  source: z.optional(z.enum(['archive', 'jira'])),
});

export const activitySummaryResultSchema = z.discriminatedUnion('ok', [
  activitySummarySuccessSchema,
  failureSchema,
]);

export type ActivityDay = z.output<typeof activityDaySchema>;
export type ActivitySummarySuccess = z.output<typeof activitySummarySuccessSchema>;
export type ActivitySummaryResult = z.output<typeof activitySummaryResultSchema>;
