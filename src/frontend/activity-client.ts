/** The page's call for the activity chart, through the same typed, validated bridge client as the table. */
import * as z from 'zod/mini';
import type { ActivitySummaryQueryInput, ActivitySummaryResult } from '../contract';
import { invokeResolver } from './bridge-client';
import { failureSchema } from './result-schema';

export const activitySummaryResultSchema: z.ZodMiniType<ActivitySummaryResult> =
  z.discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      days: z.array(
        z.object({
          day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
          counts: z.record(z.string(), z.number().check(z.int(), z.gte(0))),
        }),
      ),
      scanned: z.number().check(z.int(), z.gte(0)),
      capped: z.boolean(),
      cap: z.number().check(z.int(), z.gte(1)),
      timezone: z.string(),
    }),
    failureSchema,
  ]);

export interface ActivityClient {
  getActivitySummary(payload: ActivitySummaryQueryInput): Promise<ActivitySummaryResult>;
}

export const activityClient: ActivityClient = {
  getActivitySummary: (payload) =>
    invokeResolver('getActivitySummary', payload, activitySummaryResultSchema),
};
