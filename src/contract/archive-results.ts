/** What the archive's entries answer (archive-contract.md): searchAudit, getArchiveStatus and syncArchive. */
import * as z from 'zod/mini';
import { auditRecordSchema } from './audit-record';
import { failureSchema } from './errors';

const count = z.number().check(z.int(), z.gte(0));
// Instants as the archive writes them: UTC, milliseconds.
const instant = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/));
const facetSchema = z.object({ value: z.string(), count });

export const searchAuditSuccessSchema = z.object({
  ok: z.literal(true),
  /** Newest first (created desc, then id desc), at most `limit`. */
  records: z.array(auditRecordSchema),
  /** Exact number of archived records matching the search. */
  total: count,
  /** Present exactly when more records match. */
  nextCursor: z.optional(z.string()),
  /** Over all matches; top 20 each, count desc, then value asc by code point. */
  facets: z.object({
    authors: z.array(
      z.object({ accountId: z.string(), displayName: z.optional(z.string()), count }),
    ),
    categories: z.array(facetSchema),
    objectTypes: z.array(facetSchema),
  }),
  coverage: z.object({
    oldest: z.optional(instant),
    newest: z.optional(instant),
    /** False while the backfill has not reached Jira's oldest record. */
    complete: z.boolean(),
  }),
});

export const searchAuditResultSchema = z.discriminatedUnion('ok', [
  searchAuditSuccessSchema,
  failureSchema,
]);

export const ARCHIVE_STATES = ['empty', 'backfilling', 'ready'] as const;

export const archiveStatusSuccessSchema = z.object({
  ok: z.literal(true),
  state: z.enum(ARCHIVE_STATES),
  records: count,
  oldest: z.optional(instant),
  newest: z.optional(instant),
  /** When the last syncArchive call that committed finished. */
  lastSyncAt: z.optional(instant),
});

export const archiveStatusResultSchema = z.discriminatedUnion('ok', [
  archiveStatusSuccessSchema,
  failureSchema,
]);

export const syncArchiveResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), added: count, done: z.boolean() }),
  failureSchema,
]);

export type SearchAuditSuccess = z.output<typeof searchAuditSuccessSchema>;
export type SearchAuditResult = z.output<typeof searchAuditResultSchema>;
export type SearchFacets = SearchAuditSuccess['facets'];
export type ArchiveStatusState = (typeof ARCHIVE_STATES)[number];
export type ArchiveStatusSuccess = z.output<typeof archiveStatusSuccessSchema>;
export type ArchiveStatusResult = z.output<typeof archiveStatusResultSchema>;
export type SyncArchiveResult = z.output<typeof syncArchiveResultSchema>;
