/** Zod schemas of Jira's responses: tolerant of the optional fields real records leave out, unknown fields dropped. */
import { z } from 'zod';

/** An item as Jira sends it (`objectItem`, `associatedItems[]`). */
export interface RawAuditItem {
  id?: string;
  name: string;
  typeName: string;
  parentId?: string;
  parentName?: string;
}

export interface RawChangedValue {
  fieldName: string;
  changedFrom?: string;
  changedTo?: string;
}

/** An audit record on the wire: what real Jira sends, optional fields included. */
export interface RawAuditRecord {
  id: number;
  summary: string;
  created: string;
  category: string;
  eventSource?: string;
  description?: string;
  remoteAddress?: string;
  authorAccountId?: string;
  /** Deprecated by Atlassian; real responses still carry it. */
  authorKey?: string;
  objectItem?: RawAuditItem;
  changedValues?: RawChangedValue[];
  associatedItems?: RawAuditItem[];
}

// Java serialisers may send `null` for an absent field: treat it as absent.
const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? undefined);
const text = z
  .string()
  .nullish()
  .transform((value) => value ?? '');

const auditItemSchema = z.object({
  id: optionalText,
  name: text,
  typeName: text,
  parentId: optionalText,
  parentName: optionalText,
});

const changedValueSchema = z.object({
  fieldName: text,
  changedFrom: optionalText,
  changedTo: optionalText,
});

export const auditRecordSchema = z.object({
  id: z.number().int(),
  summary: text,
  created: z.string(),
  category: text,
  eventSource: text,
  description: optionalText,
  remoteAddress: optionalText,
  authorAccountId: optionalText,
  authorKey: optionalText,
  objectItem: auditItemSchema.nullish().transform((value) => value ?? undefined),
  changedValues: z
    .array(changedValueSchema)
    .nullish()
    .transform((value) => value ?? []),
  associatedItems: z
    .array(auditItemSchema)
    .nullish()
    .transform((value) => value ?? []),
});

/** A record after validation: absent lists are `[]`, absent `eventSource` is `""`. */
export type JiraAuditRecord = z.output<typeof auditRecordSchema>;

/**
 * A record as Jira sent it, checked by `auditRecordsResponseSchema.validate` but not copied: nulls and
 * unknown fields still in place. `normaliseRecord` reads it the way the schema's output reads.
 */
export type JiraWireAuditRecord = z.input<typeof auditRecordSchema>;

// Compiled (zod 4's generated parser, same output; invalid input falls back to the runtime parser for its
// issues): interpreting the nested nullish transforms took 4-6 ms of a 1000-record page, compiled ~1 ms.
export const auditRecordsResponseSchema = z.compile(
  z.object({
    offset: z.number().nullish(),
    limit: z.number().nullish(),
    total: z.number().nullish(),
    records: z.array(auditRecordSchema),
  }),
);

const jiraUserSchema = z.object({
  accountId: z.string(),
  displayName: text,
  avatarUrls: z.record(z.string(), z.string().nullish()).nullish(),
});

export type JiraUser = z.output<typeof jiraUserSchema>;

export const usersBulkResponseSchema = z.object({
  values: z.array(jiraUserSchema),
});
