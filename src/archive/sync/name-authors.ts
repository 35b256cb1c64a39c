/**
 * Authors' names for the archive: asked of Jira (user/bulk) only for account ids the archive has not named yet, or
 * named long ago, so a backfill of 100,000 records asks once per author. A failed lookup never stops a sync.
 */
import { z } from 'zod';
import { getUsersBulk, MAX_IDS_PER_CALL } from '../../jira/get-users-bulk';
import type { JiraSession } from '../../jira/jira-session';
import { toAuthor } from '../../jira/to-author';
import type { ArchiveDeps } from '../archive-deps';
import { valueHash } from '../hashes';
import { insertRows, placeholders } from '../insert-rows';

const lookupRow = z.object({ hash: z.string(), looked_up: z.number().int().nullable() });

const staleAuthors = async (
  { db, settings }: ArchiveDeps,
  accountIds: readonly string[],
  now: number,
): Promise<string[]> => {
  const byHash = new Map(accountIds.map((accountId) => [valueHash(accountId), accountId]));
  const rows = await db.rows(
    `SELECT LOWER(HEX(account_hash)) AS hash, looked_up FROM archive_author WHERE account_hash IN (${placeholders(byHash.size, 'UNHEX(?)')})`,
    [...byHash.keys()],
    lookupRow,
  );
  const fresh = new Set(
    rows
      .filter((row) => row.looked_up !== null && row.looked_up > now - settings.authorRefreshMs)
      .map((row) => row.hash),
  );
  return [...byHash].filter(([hash]) => !fresh.has(hash)).map(([, accountId]) => accountId);
};

/**
 * Looks up the names of `accountIds` the archive lacks, while `mayAsk()` allows another request, and stores them;
 * an id Jira does not return keeps the name it had, if any.
 */
export const nameAuthors = async (
  archive: ArchiveDeps,
  session: JiraSession,
  accountIds: readonly string[],
  mayAsk: () => boolean,
): Promise<void> => {
  const unique = [...new Set(accountIds)];
  if (unique.length === 0) return;
  const now = session.clock.now();
  const stale = await staleAuthors(archive, unique, now);
  for (let start = 0; start < stale.length && mayAsk(); start += MAX_IDS_PER_CALL) {
    const batch = stale.slice(start, start + MAX_IDS_PER_CALL);
    const answer = await getUsersBulk(session, batch);
    if (!answer.ok) return;
    const found = new Map(answer.users.map((user) => [user.accountId, toAuthor(user)]));
    await insertRows(
      archive.db,
      'INSERT INTO archive_author (account_hash, account_id, display_name, avatar_url, looked_up) VALUES',
      '(UNHEX(?), ?, ?, ?, ?)',
      batch.map((accountId) => {
        const author = found.get(accountId);
        return [
          valueHash(accountId),
          accountId,
          author?.displayName ?? null,
          author?.avatarUrl ?? null,
          now,
        ];
      }),
      'ON DUPLICATE KEY UPDATE avatar_url = IF(VALUES(display_name) IS NULL, avatar_url, VALUES(avatar_url)), display_name = COALESCE(VALUES(display_name), display_name), looked_up = VALUES(looked_up)',
    );
  }
};
