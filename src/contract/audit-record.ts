/** Audit records as the resolver returns them: Jira's field names and values, plus `author`. One schema, types inferred. */
import * as z from 'zod/mini';

export const auditItemSchema = z.object({
  id: z.optional(z.string()),
  name: z.string(),
  typeName: z.string(),
  parentId: z.optional(z.string()),
  parentName: z.optional(z.string()),
});

export const changedValueSchema = z.object({
  fieldName: z.string(),
  changedFrom: z.optional(z.string()),
  changedTo: z.optional(z.string()),
});

export const auditAuthorSchema = z.object({
  accountId: z.string(),
  displayName: z.string(),
  avatarUrl: z.optional(z.string()),
});

export const auditRecordSchema = z.object({
  id: z.number().check(z.int()),
  summary: z.string(),
  created: z.string(),
  category: z.string(),
  eventSource: z.string(),
  description: z.optional(z.string()),
  remoteAddress: z.optional(z.string()),
  authorAccountId: z.optional(z.string()),
  objectItem: z.optional(auditItemSchema),
  // Always present in what the resolver answers, except on getAuditPage with `emptyLists: false` (an addition),
  // which leaves an empty list out: absent reads as empty.
  changedValues: z._default(z.array(changedValueSchema), () => []),
  associatedItems: z._default(z.array(auditItemSchema), () => []),
  author: z.optional(auditAuthorSchema),
});

export type AuditItem = Readonly<z.output<typeof auditItemSchema>>;
export type ChangedValue = Readonly<z.output<typeof changedValueSchema>>;
export type AuditAuthor = Readonly<z.output<typeof auditAuthorSchema>>;
export type AuditRecord = Readonly<z.output<typeof auditRecordSchema>>;
