/** The getAuditPage key's payload schema, validated by the resolver (its result schema is in results.ts). */
import { instantSchema, orderedRange } from './instant';
import { DEFAULT_LIMIT, MAX_FILTER_LENGTH, MAX_LIMIT, MAX_OFFSET } from './limits';
import * as z from 'zod/mini';
import { optional, wholeNumber } from './zod';

/** Trimmed text of at most `max` characters (code points); empty means none. */
const searchText = (name: string, max: number) =>
  z.pipe(
    z.pipe(
      z.string({ error: `"${name}" must be text.` }),
      z.transform((value) => value.trim()),
    ),
    z.pipe(
      z.string().check(
        z.refine((value) => [...value].length <= max, {
          error: `"${name}" may hold at most ${max} characters; shorten the search text.`,
        }),
      ),
      z.transform((value) => (value === '' ? undefined : value)),
    ),
  );

/** The fields every search shares: the pinned range and Jira's text filter. */
export const searchFields = {
  from: optional(instantSchema('from')),
  to: optional(instantSchema('to')),
  filter: optional(searchText('filter', MAX_FILTER_LENGTH)),
};

const AUTHORS_MESSAGE = '"authors" must be true or false.';
const EMPTY_LISTS_MESSAGE = '"emptyLists" must be true or false.';

const LIMIT_MESSAGE = `"limit" must be a whole number from 1 to ${MAX_LIMIT}.`;
const OFFSET_MESSAGE = `"offset" must be a whole number of records to skip, from 0 to ${MAX_OFFSET}.`;

export const auditPageQuerySchema = z
  .object({
    ...searchFields,
    offset: z.pipe(
      optional(wholeNumber(0, MAX_OFFSET, OFFSET_MESSAGE)),
      z.transform((value) => value ?? 0),
    ),
    limit: z.pipe(
      optional(wholeNumber(1, MAX_LIMIT, LIMIT_MESSAGE)),
      z.transform((value) => value ?? DEFAULT_LIMIT),
    ),
    // Addition: false leaves out each record's `author` and the user lookup behind it (the page names people
    // with UI Kit's User from the account id, so the names would be bytes it never shows).
    authors: z.pipe(
      optional(z.boolean({ error: AUTHORS_MESSAGE })),
      z.transform((value) => value ?? true),
    ),
    // Addition: false leaves an empty `changedValues` or `associatedItems` out of each record (Jira itself leaves
    // them out), so the page receives no more bytes than Jira sent; the page's schema reads absent as empty.
    emptyLists: z.pipe(
      optional(z.boolean({ error: EMPTY_LISTS_MESSAGE })),
      z.transform((value) => value ?? true),
    ),
  })
  .check(orderedRange);

/** What the page sends: every field optional, `null` allowed for absent. */
export type AuditPageQueryInput = z.input<typeof auditPageQuerySchema>;
/** The validated query: defaults applied, filter trimmed (undefined when empty). */
export type AuditPageQuery = z.output<typeof auditPageQuerySchema>;
