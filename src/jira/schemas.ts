/** Zod schemas of Jira's responses: tolerant of the optional fields real records leave out, unknown fields dropped. */
import { z } from 'zod';

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

type NoNulls<T> = { [K in keyof T]: Exclude<T[K], null> };

/** An item as a well-behaved Jira sends it: the wire shape without nulls, name and type always there. */
export type CleanWireItem = NoNulls<z.input<typeof auditItemSchema>> & {
  name: string;
  typeName: string;
};
export type CleanWireChange = NoNulls<z.input<typeof changedValueSchema>> & { fieldName: string };

/** A record as a well-behaved Jira sends it (what the mock Jira serves): wire fields without nulls. */
export type CleanWireAuditRecord = Omit<
  NoNulls<JiraWireAuditRecord>,
  'objectItem' | 'changedValues' | 'associatedItems'
> & {
  summary: string;
  category: string;
  objectItem?: CleanWireItem;
  changedValues?: CleanWireChange[];
  associatedItems?: CleanWireItem[];
};

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
