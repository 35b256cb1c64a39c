/** Resolves author account ids to names through user/bulk, with a small per-instance cache a warm function reuses. */
import type { AuditAuthor } from '../contract';
import { toAuthor } from './to-author';
import { getUsersBulk, MAX_IDS_PER_CALL } from './get-users-bulk';
import { currentClock } from './timing';

export const AUTHOR_TTL_MS = 10 * 60_000;
export const AUTHOR_CACHE_MAX_ENTRIES = 5_000;

/** `null`: Jira omitted the id (deleted or unknown user), so it is not asked for again until expiry. */
type Entry = { readonly author: AuditAuthor | null; readonly expiresAt: number };

const cache = new Map<string, Entry>();

export const resetAuthorCache = (): void => cache.clear();

const remember = (accountId: string, author: AuditAuthor | null, now: number): void => {
  cache.delete(accountId); // re-insert so Map order stays oldest-first for eviction
  cache.set(accountId, { author, expiresAt: now + AUTHOR_TTL_MS });
  while (cache.size > AUTHOR_CACHE_MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
};

const chunk = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );

/**
 * Authors by account id for the ids Jira knows. A failed lookup only leaves its ids out (and uncached):
 * it never fails the page. Missing consent still propagates so Forge can ask for it.
 */
export const resolveAuthors = async (
  accountIds: readonly string[],
  deadline: number,
): Promise<Map<string, AuditAuthor>> => {
  const clock = currentClock();
  const authors = new Map<string, AuditAuthor>();
  const missing: string[] = [];
  for (const accountId of new Set(accountIds)) {
    const entry = cache.get(accountId);
    if (entry && entry.expiresAt > clock.now()) {
      if (entry.author) authors.set(accountId, entry.author);
    } else {
      missing.push(accountId);
    }
  }
  const batches = chunk(missing, MAX_IDS_PER_CALL);
  const results = await Promise.all(batches.map((batch) => getUsersBulk(batch, deadline)));
  const now = clock.now();
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
};
