/**
 * Before the first page of a search: when the synced-through mark is older than `freshMs`, read what Jira wrote
 * since then as the caller (at most two requests). All of it is stored and the mark moved; if two requests do not
 * reach the mark, nothing is stored and the sync catches up (the answer's coverage says how far the archive reaches).
 * Reads of a range that ends earlier need the mark only at `needed`; an export needs it exactly (`freshMs` 0).
 */
import type { AuditRecord } from '../../contract';
import type { JiraSession } from '../../jira/jira-session';
import type { ArchiveDeps } from '../archive-deps';
import { advanceMark, readState } from '../archive-state';
import { storeRecords } from '../store-records';
import { nameAuthors } from '../sync/name-authors';
import { readPage } from '../sync/read-page';

const MAX_REQUESTS = 2;

export interface CatchUpNeed {
  /** The mark must reach this instant (default: now). */
  readonly needed?: number;
  /** A mark younger than this is fresh enough (default: the setting). */
  readonly freshMs?: number;
}

export const firstPageCatchUp = async (
  archive: ArchiveDeps,
  session: JiraSession,
  now: number,
  { needed = now, freshMs = archive.settings.freshMs }: CatchUpNeed = {},
): Promise<void> => {
  const { db, settings } = archive;
  const { syncedThrough } = await readState(db);
  if (syncedThrough === undefined || syncedThrough >= needed || now - syncedThrough < freshMs)
    return;
  const window = { from: Math.max(0, syncedThrough - settings.catchUpOverlapMs), to: now };
  const records: AuditRecord[] = [];
  for (let request = 0; request < MAX_REQUESTS; request += 1) {
    const page = await readPage(session, window, records.length, settings.pageSize);
    if (!page.ok) return;
    records.push(...page.records);
    if (!page.last) continue;
    await nameAuthors(
      archive,
      session,
      records.flatMap((record) => record.authorAccountId ?? []),
      () => true,
    );
    await storeRecords(archive, records);
    await advanceMark(db, now);
    return;
  }
};
