/**
 * The searchAudit (and exportAudit) payload as an archive search: the contract's schema, then the rules that live in the domain (the
 * address or CIDR prefix, the cursor and whether it belongs to this search). Any miss is a BAD_REQUEST, before any
 * query.
 */
import {
  badRequest,
  exportAuditQuerySchema,
  parseInstant,
  searchAuditQuerySchema,
} from '../contract';
import { pagingFingerprint, type ArchiveSearch } from '../domain/archive-search';
import { addressRange } from '../domain/ip-address';
import { decodeCursor } from '../domain/search-cursor';
import { searchTerms } from '../domain/search-text';
import type { SearchRequest } from '../archive/search/search-archive';
import { parsePayload, type Parsed } from './parse-payload';

const FIELDS =
  '"from", "to", "text", "authors", "categories", "objectTypes", "object", "ip", "limit", "order" and "cursor"';

// An empty list selects nothing to filter by, as an absent one does.
const list = (values: readonly string[] | undefined) =>
  values === undefined || values.length === 0 ? undefined : values;

/** The two keys differ in their page size and order (export: newest first), so one schema or the other, the same rules. */
const parseArchiveSearch = (
  schema: typeof searchAuditQuerySchema | typeof exportAuditQuerySchema,
  payload: unknown,
): Parsed<SearchRequest> => {
  const parsed = parsePayload(schema, payload, FIELDS);
  if (!parsed.ok) return parsed;
  const query = parsed.value;
  const address = query.ip === undefined ? undefined : addressRange(query.ip);
  if (query.ip !== undefined && !address)
    return badRequest(
      '"ip" must be an IPv4 or IPv6 address or a CIDR prefix such as 10.0.0.0/8 or 2001:db8::/32.',
    );
  const search: ArchiveSearch = {
    from: query.from === undefined ? undefined : parseInstant(query.from),
    to: query.to === undefined ? undefined : parseInstant(query.to),
    terms: searchTerms(query.text ?? ''),
    authors: list(query.authors),
    categories: list(query.categories),
    objectTypes: list(query.objectTypes),
    object: query.object,
    address,
  };
  const { limit } = query;
  // exportAudit reads newest first only.
  const order = 'order' in query ? query.order : 'desc';
  if (query.cursor === undefined) return { ok: true, value: { search, limit, order } };
  const cursor = decodeCursor(query.cursor);
  if (!cursor)
    return badRequest(
      '"cursor" is not a cursor this app wrote; start the search again from its first page.',
    );
  if (cursor.search !== pagingFingerprint(search, order))
    return badRequest(
      '"cursor" belongs to another search; send the same filters and order as the first page, or start again.',
    );
  return { ok: true, value: { search, limit, order, cursor } };
};

export const parseSearchAuditQuery = (payload: unknown): Parsed<SearchRequest> =>
  parseArchiveSearch(searchAuditQuerySchema, payload);

export const parseExportAuditQuery = (payload: unknown): Parsed<SearchRequest> =>
  parseArchiveSearch(exportAuditQuerySchema, payload);
