/** What the page accepts back from the resolver: the contract's result shapes, checked at the bridge edge. */
// zod/mini: the same checks as classic zod in a fraction of the page's bundle (classic cannot be tree-shaken).
import * as z from 'zod/mini';
import type { AuditPageResult, AuditRecord } from '../contract';
// Values from zod-free contract modules only: the index pulls in the resolver's zod schemas and luxon.
import { ERROR_CODES } from '../contract/errors';

// zod/mini ships no messages; English ones keep UnreadableResultError as readable as with classic zod.
z.config(z.locales.en());

const itemSchema = z.looseObject({
  id: z.optional(z.string()),
  name: z.string(),
  typeName: z.string(),
  parentId: z.optional(z.string()),
  parentName: z.optional(z.string()),
});

// Loose objects keep every field that arrived, so the raw-record view shows the record as sent.
const recordSchema: z.ZodMiniType<AuditRecord> = z.looseObject({
  id: z.number(),
  summary: z.string(),
  created: z.string(),
  category: z.string(),
  eventSource: z.string(),
  description: z.optional(z.string()),
  remoteAddress: z.optional(z.string()),
  authorAccountId: z.optional(z.string()),
  objectItem: z.optional(itemSchema),
  changedValues: z.array(
    z.looseObject({
      fieldName: z.string(),
      changedFrom: z.optional(z.string()),
      changedTo: z.optional(z.string()),
    }),
  ),
  associatedItems: z.array(itemSchema),
  author: z.optional(
    z.looseObject({
      accountId: z.string(),
      displayName: z.string(),
      avatarUrl: z.optional(z.string()),
    }),
  ),
});

export const failureSchema = z.object({
  ok: z.literal(false),
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string(), retryable: z.boolean() }),
});

export const auditPageResultSchema: z.ZodMiniType<AuditPageResult> = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    records: z.array(recordSchema),
    offset: z.number().check(z.int(), z.gte(0)),
    limit: z.number().check(z.int(), z.gte(1)),
    hasMore: z.boolean(),
  }),
  failureSchema,
]);
