/** The searchAudit key's payload (archive-contract.md): every field optional, `null` as absent, unknown fields ignored. */
import * as z from 'zod/mini';
import { instantSchema, orderedRange } from './instant';
import {
  EXPORT_ARCHIVE_MAX_LIMIT,
  SEARCH_DEFAULT_LIMIT,
  SEARCH_MAX_LIMIT,
  SEARCH_MAX_TEXT,
  SEARCH_MAX_VALUES,
} from './limits';
import { optional, wholeNumber } from './zod';

// Long enough for any account id, category, type or name; bounds what one request can ask the database.
const MAX_VALUE_LENGTH = 1000;

const trimmed = (name: string, what: string) =>
  z.pipe(
    z.string({ error: `"${name}" must be ${what}.` }),
    z.transform((value) => value.trim()),
  );

const text = z.pipe(
  trimmed('text', 'text'),
  z.pipe(
    // JavaScript string length, as the contract says (zod's maxLength counts code points).
    z.string().check(
      z.refine((value) => value.length <= SEARCH_MAX_TEXT, {
        error: `"text" may hold at most ${SEARCH_MAX_TEXT} characters; shorten the search text.`,
      }),
    ),
    z.transform((value) => (value === '' ? undefined : value)),
  ),
);

const value = (name: string) =>
  z.string({ error: `"${name}" must hold text values.` }).check(
    z.maxLength(MAX_VALUE_LENGTH, {
      error: `"${name}" values may be at most ${MAX_VALUE_LENGTH} characters long.`,
    }),
  );

const list = (name: string, what: string) =>
  optional(
    z.array(value(name), { error: `"${name}" must be a list of ${what}.` }).check(
      z.maxLength(SEARCH_MAX_VALUES, {
        error: `"${name}" may hold at most ${SEARCH_MAX_VALUES} ${what}; remove some.`,
      }),
    ),
  );

const OBJECT_MESSAGE = '"object" must be { typeName, id?, name? } with an id or a name.';

const objectSchema = z
  .object(
    {
      typeName: value('object'),
      id: optional(value('object')),
      name: optional(value('object')),
    },
    { error: OBJECT_MESSAGE },
  )
  .check(
    z.refine((object) => object.id !== undefined || object.name !== undefined, {
      error: OBJECT_MESSAGE,
    }),
  );

/** Newest first (the default) or oldest first: an addition; the cursor belongs to one order. */
export const SEARCH_ORDERS = ['desc', 'asc'] as const;

const limitField = (max: number, fallback: number) => {
  const message = `"limit" must be a whole number from 1 to ${max}.`;
  return z.pipe(
    optional(wholeNumber(1, max, message)),
    z.transform((limit) => limit ?? fallback),
  );
};

/** The archive's structured filters: searchAudit, exportAudit and the export dialog's search message share them. */
export const archiveFilterFields = {
  authors: list('authors', 'account ids ("system" for records without an author)'),
  categories: list('categories', 'categories'),
  objectTypes: list('objectTypes', 'object types'),
  object: optional(objectSchema),
  // Parsed into an address range by the resolver (domain/ip-address.ts).
  ip: optional(trimmed('ip', 'an IPv4 or IPv6 address or a CIDR prefix such as 10.0.0.0/8')),
};

/** The fields of an archive search, shared by searchAudit and exportAudit. */
const archiveSearchFields = {
  from: optional(instantSchema('from')),
  to: optional(instantSchema('to')),
  text: optional(text),
  ...archiveFilterFields,
  // Decoded and matched to the search by the resolver (domain/search-cursor.ts).
  cursor: optional(z.string({ error: '"cursor" must be the nextCursor of an earlier answer.' })),
};

export const searchAuditQuerySchema = z
  .object({
    ...archiveSearchFields,
    limit: limitField(SEARCH_MAX_LIMIT, SEARCH_DEFAULT_LIMIT),
    order: z.pipe(
      optional(z.enum(SEARCH_ORDERS, { error: '"order" must be "desc" or "asc".' })),
      z.transform((order) => order ?? 'desc'),
    ),
  })
  .check(orderedRange);

/** exportAudit (addition): the same search, newest first, in pages as large as Forge's answer sizes allow. */
export const exportAuditQuerySchema = z
  .object({
    ...archiveSearchFields,
    limit: limitField(EXPORT_ARCHIVE_MAX_LIMIT, EXPORT_ARCHIVE_MAX_LIMIT),
  })
  .check(orderedRange);

export type SearchAuditQueryInput = z.input<typeof searchAuditQuerySchema>;
export type SearchAuditQuery = z.output<typeof searchAuditQuerySchema>;
export type ExportAuditQueryInput = z.input<typeof exportAuditQuerySchema>;
export type ExportAuditQuery = z.output<typeof exportAuditQuerySchema>;
export type SearchOrder = (typeof SEARCH_ORDERS)[number];
