/** The saved-search keys' payloads (an addition to the resolver contract): `null` as absent, unknown fields ignored. */
import * as z from 'zod/mini';
import type {
  DeleteSavedSearchResult,
  ListSavedSearchesResult,
  SaveSearchResult,
} from './saved-search-results';
import { SAVED_RANGES, SAVED_SEARCH_MAX_NAME } from './saved-search-results';
import { optional } from './zod';

const NAME_MESSAGE = `"name" must be text of 1 to ${SAVED_SEARCH_MAX_NAME} characters.`;

const name = z.pipe(
  z.pipe(
    z.string({ error: NAME_MESSAGE }),
    z.transform((value) => value.trim()),
  ),
  // JavaScript string length, as the search text's limit; control characters would not show in a menu.
  z.string().check(
    z.refine((value) => value.length >= 1 && value.length <= SAVED_SEARCH_MAX_NAME, {
      error: NAME_MESSAGE,
    }),
    z.refine((value) => !/\p{Cc}/u.test(value), {
      error: '"name" may not hold control characters such as line breaks.',
    }),
  ),
);

export const saveSearchPayloadSchema = z
  .object({
    name,
    shared: z.pipe(
      optional(z.boolean({ error: '"shared" must be true or false.' })),
      z.transform((shared) => shared ?? false),
    ),
    // Checked by the searchAudit rules in the resolver (a cursor or limit is not kept).
    search: z.record(z.string(), z.unknown(), {
      error: '"search" must be a searchAudit payload (an object).',
    }),
    range: optional(
      z.enum(SAVED_RANGES, {
        error: `"range" must be one of ${SAVED_RANGES.join(', ')}.`,
      }),
    ),
  })
  .check(
    z.refine(
      ({ search, range }) =>
        range === undefined ||
        ((search.from === undefined || search.from === null) &&
          (search.to === undefined || search.to === null)),
      { error: 'A saved search has either "range" or "search.from"/"search.to", not both.' },
    ),
  );

export const deleteSavedSearchPayloadSchema = z.object({
  id: z
    .string({ error: '"id" must be the id of a saved search.' })
    .check(z.regex(/^[1-9]\d{0,15}$/, { error: '"id" must be the id of a saved search.' })),
});

export type SaveSearchPayload = z.input<typeof saveSearchPayloadSchema>;
export type DeleteSavedSearchPayload = z.input<typeof deleteSavedSearchPayloadSchema>;

/** The saved-search keys of the contract's ResolverApi. */
export interface SavedSearchApi {
  readonly listSavedSearches: {
    readonly payload: Record<string, never>;
    readonly result: ListSavedSearchesResult;
  };
  readonly saveSearch: { readonly payload: SaveSearchPayload; readonly result: SaveSearchResult };
  readonly deleteSavedSearch: {
    readonly payload: DeleteSavedSearchPayload;
    readonly result: DeleteSavedSearchResult;
  };
}
