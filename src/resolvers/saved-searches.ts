/**
 * The saved-search keys: parse the payload, prove the caller may read the audit log (as the archive keys do), then
 * one store call keyed by the caller's account id. Limits and bad searches are BAD_REQUEST; another admin's search
 * cannot be deleted.
 */
import type Resolver from '@forge/resolver';
import {
  badRequest,
  deleteSavedSearchPayloadSchema,
  failure,
  saveSearchPayloadSchema,
  searchAuditQuerySchema,
  SAVED_SEARCH_KEYS,
  SAVED_SEARCHES_PER_ADMIN,
  type DeleteSavedSearchResult,
  type Failure,
  type ListSavedSearchesResult,
  type SaveSearchResult,
} from '../contract';
import type { ArchiveDeps } from '../archive/archive-deps';
import { guardArchive } from '../archive/archive-failure';
import {
  deleteSavedSearch,
  listSavedSearches,
  saveSearch,
} from '../archive/saved/saved-search-store';
import type { JiraDeps } from '../jira/jira-deps';
import { startJiraSession } from '../jira/jira-session';
import { parsePayload } from './parse-payload';
import { parseSearchAuditQuery } from './parse-search-audit-query';

type Caller = { readonly ok: true; readonly accountId: string } | Failure;

/** Saved searches belong to an account: a call without one (never from a signed-in admin) is refused. */
const provenCaller = async (
  deps: JiraDeps,
  archive: ArchiveDeps,
  accountId: string | undefined,
): Promise<Caller> => {
  if (accountId === undefined)
    return failure('UNAUTHORIZED', 'Saved searches need a signed-in admin. Sign in again.', {
      retryable: false,
    });
  const proof = await archive.proofs.prove(startJiraSession('user', deps), accountId);
  return proof.ok ? { ok: true, accountId } : proof;
};

const listKey = async (
  deps: JiraDeps,
  archive: ArchiveDeps,
  accountId: string | undefined,
): Promise<ListSavedSearchesResult> => {
  const caller = await provenCaller(deps, archive, accountId);
  if (!caller.ok) return caller;
  return guardArchive(async () => {
    await archive.schema.ready();
    return { ok: true, searches: await listSavedSearches(archive.db, caller.accountId) };
  });
};

const saveKey = async (
  deps: JiraDeps,
  archive: ArchiveDeps,
  payload: unknown,
  accountId: string | undefined,
): Promise<SaveSearchResult> => {
  const parsed = parsePayload(
    saveSearchPayloadSchema,
    payload,
    '"name", "shared", "search" and "range"',
  );
  if (!parsed.ok) return parsed;
  // The saved search passes every searchAudit rule; its page size and place are not part of it.
  const search = { ...parsed.value.search, limit: undefined, cursor: undefined };
  const checked = parseSearchAuditQuery(search);
  if (!checked.ok) return badRequest(`In "search": ${checked.error.message}`);
  const {
    limit: _limit,
    cursor: _cursor,
    order: _order,
    ...kept
  } = searchAuditQuerySchema.parse(search);
  const caller = await provenCaller(deps, archive, accountId);
  if (!caller.ok) return caller;
  return guardArchive(async () => {
    await archive.schema.ready();
    const outcome = await saveSearch(
      archive.db,
      caller.accountId,
      { ...parsed.value, search: kept },
      deps.clock.now(),
    );
    if (!outcome.ok)
      return badRequest(
        `You already keep ${SAVED_SEARCHES_PER_ADMIN} saved searches; delete one, or save under the name of one to replace it.`,
      );
    return outcome;
  });
};

const deleteKey = async (
  deps: JiraDeps,
  archive: ArchiveDeps,
  payload: unknown,
  accountId: string | undefined,
): Promise<DeleteSavedSearchResult> => {
  const parsed = parsePayload(deleteSavedSearchPayloadSchema, payload, '"id"');
  if (!parsed.ok) return parsed;
  const caller = await provenCaller(deps, archive, accountId);
  if (!caller.ok) return caller;
  return guardArchive(async () => {
    await archive.schema.ready();
    const outcome = await deleteSavedSearch(archive.db, caller.accountId, parsed.value.id);
    if (!outcome.ok)
      return failure(
        'FORBIDDEN',
        `Only the admin who saved “${outcome.name}” can delete it. Ask them, or save a copy under your own name.`,
        { retryable: false },
      );
    return outcome;
  });
};

/** Adds the saved-search keys to the resolver table. */
export const defineSavedSearchKeys = (
  resolver: Resolver,
  deps: JiraDeps,
  archive: ArchiveDeps,
  callerOf: (context: { accountId?: unknown }) => string | undefined,
): void => {
  resolver.define(SAVED_SEARCH_KEYS.listSavedSearches, ({ context }) =>
    listKey(deps, archive, callerOf(context)),
  );
  resolver.define(SAVED_SEARCH_KEYS.saveSearch, ({ payload, context }) =>
    saveKey(deps, archive, payload, callerOf(context)),
  );
  resolver.define(SAVED_SEARCH_KEYS.deleteSavedSearch, ({ payload, context }) =>
    deleteKey(deps, archive, payload, callerOf(context)),
  );
};
