/**
 * Saved searches (an addition to the resolver contract): their keys, limits and answers. Free of zod's English
 * messages, so the page can validate answers with it cheaply; the payload schemas are in saved-searches.ts.
 */
import * as z from 'zod/mini';
import { failureSchema } from './errors';

export const SAVED_SEARCH_KEYS = {
  listSavedSearches: 'listSavedSearches',
  saveSearch: 'saveSearch',
  deleteSavedSearch: 'deleteSavedSearch',
} as const;

/** A name's length (JavaScript string length, after trimming) and how many searches one admin may keep. */
export const SAVED_SEARCH_MAX_NAME = 80;
export const SAVED_SEARCHES_PER_ADMIN = 50;
/** Searches other admins shared, listed at most (newest saved first). */
export const SHARED_SEARCHES_LISTED = 200;

export const SAVED_RANGES = [
  'last-24-hours',
  'last-7-days',
  'last-30-days',
  'last-90-days',
] as const;

const text = z.string();
const list = z.optional(z.array(text));

/** The searchAudit fields a saved search keeps (no limit, no cursor): what the resolver stored after checking them. */
export const savedQuerySchema = z.object({
  from: z.optional(text),
  to: z.optional(text),
  text: z.optional(text),
  authors: list,
  categories: list,
  objectTypes: list,
  object: z.optional(z.object({ typeName: text, id: z.optional(text), name: z.optional(text) })),
  ip: z.optional(text),
});

export const savedSearchSchema = z.object({
  id: text,
  name: text,
  /** The account id of the admin who saved it; only they may change or delete it. */
  owner: text,
  /** Whether the caller saved it. */
  mine: z.boolean(),
  /** Listed to every admin of the site, with its owner. */
  shared: z.boolean(),
  savedAt: text,
  search: savedQuerySchema,
  /** A range that moves with the clock (from now back), instead of `from` and `to`. */
  range: z.optional(z.enum(SAVED_RANGES)),
});

export const listSavedSearchesResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), searches: z.array(savedSearchSchema) }),
  failureSchema,
]);

export const saveSearchResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), saved: savedSearchSchema }),
  failureSchema,
]);

export const deleteSavedSearchResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), deleted: z.boolean() }),
  failureSchema,
]);

export type SavedQuery = z.output<typeof savedQuerySchema>;
export type SavedSearch = z.output<typeof savedSearchSchema>;
export type SavedRange = (typeof SAVED_RANGES)[number];
export type ListSavedSearchesResult = z.output<typeof listSavedSearchesResultSchema>;
export type SaveSearchResult = z.output<typeof saveSearchResultSchema>;
export type DeleteSavedSearchResult = z.output<typeof deleteSavedSearchResultSchema>;
