/** What the page accepts back from the resolver: the contract's result shapes, checked at the bridge edge. */
import { z } from 'zod';
import { ERROR_CODES, type AuditPageResult, type AuditRecord } from '../contract';

const itemSchema = z.looseObject({
  id: z.string().optional(),
  name: z.string(),
  typeName: z.string(),
  parentId: z.string().optional(),
  parentName: z.string().optional(),
});

// Loose objects keep every field that arrived, so the raw-record view shows the record as sent.
const recordSchema: z.ZodType<AuditRecord> = z.looseObject({
  id: z.number(),
  summary: z.string(),
  created: z.string(),
  category: z.string(),
  eventSource: z.string(),
  description: z.string().optional(),
  remoteAddress: z.string().optional(),
  authorAccountId: z.string().optional(),
  objectItem: itemSchema.optional(),
  changedValues: z.array(
    z.looseObject({
      fieldName: z.string(),
      changedFrom: z.string().optional(),
      changedTo: z.string().optional(),
    }),
  ),
  associatedItems: z.array(itemSchema),
  author: z
    .looseObject({
      accountId: z.string(),
      displayName: z.string(),
      avatarUrl: z.string().optional(),
    })
    .optional(),
});

export const failureSchema = z.object({
  ok: z.literal(false),
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }),
});

export const auditPageResultSchema: z.ZodType<AuditPageResult> = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    records: z.array(recordSchema),
    offset: z.number().int().min(0),
    limit: z.number().int().min(1),
    hasMore: z.boolean(),
  }),
  failureSchema,
]);
