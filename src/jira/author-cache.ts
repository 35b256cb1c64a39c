/** Resolves author account ids to names through user/bulk, with a cache a warm function instance reuses. */
import type { AuditAuthor } from '../contract';
import { getUsersBulk, MAX_IDS_PER_CALL } from './get-users-bulk';
import type { JiraSession } from './jira-session';
import { toAuthor } from './to-author';

export const AUTHOR_TTL_MS = 10 * 60_000;
export const AUTHOR_CACHE_MAX_ENTRIES = 5_000;

export interface AuthorCache {
  /**
   * Authors by account id for the ids Jira knows. A failed lookup only leaves its ids out (and uncached):
   * it never fails the caller. Missing consent still propagates so Forge can ask for it.
   */
  resolve(session: JiraSession, accountIds: readonly string[]): Promise<Map<string, AuditAuthor>>;
}

/** `null`: Jira omitted the id (deleted or unknown user), so it is not asked for again until expiry. */
type Entry = { readonly author: AuditAuthor | null; readonly expiresAt: number };

const chunk = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );

export const createAuthorCache = ({
  ttlMs = AUTHOR_TTL_MS,
  maxEntries = AUTHOR_CACHE_MAX_ENTRIES,
}: { readonly ttlMs?: number; readonly maxEntries?: number } = {}): AuthorCache => {
  const cache = new Map<string, Entry>();

  const remember = (accountId: string, author: AuditAuthor | null, now: number): void => {
    cache.delete(accountId); // re-insert so Map order stays oldest-first for eviction
    cache.set(accountId, { author, expiresAt: now + ttlMs });
    while (cache.size > maxEntries) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
  };

  return {
    resolve: async (session, accountIds) => {
      const authors = new Map<string, AuditAuthor>();
      const missing: string[] = [];
      for (const accountId of new Set(accountIds)) {
        const entry = cache.get(accountId);
        if (entry && entry.expiresAt > session.clock.now()) {
          if (entry.author) authors.set(accountId, entry.author);
        } else {
          missing.push(accountId);
        }
      }
      const batches = chunk(missing, MAX_IDS_PER_CALL);
      const results = await Promise.all(batches.map((batch) => getUsersBulk(session, batch)));
      const now = session.clock.now();
      results.forEach((result, index) => {
        if (!result.ok) return;
        const found = new Map(result.users.map((user) => [user.accountId, toAuthor(user)]));
        for (const accountId of batches[index] ?? []) {
          const author = found.get(accountId) ?? null;
          remember(accountId, author, now);
          if (author) authors.set(accountId, author);
        }
      });
      return authors;
    },
  };
};
