/**
 * Before the first page of a search: when the synced-through mark is older than `freshMs`, read what Jira wrote
 * since then as the caller (at most two requests). All of it is stored and the mark moved; if two requests do not
 * reach the mark, nothing is stored and the sync catches up (the answer's coverage says how far the archive reaches).
 */
import type { AuditRecord } from '../../contract';
import type { JiraSession } from '../../jira/jira-session';
import type { ArchiveDeps } from '../archive-deps';
import { advanceMark, readState } from '../archive-state';
import { storeRecords } from '../store-records';
import { nameAuthors } from '../sync/name-authors';
import { readPage } from '../sync/read-page';

const MAX_REQUESTS = 2;

export const firstPageCatchUp = async (
  archive: ArchiveDeps,
  session: JiraSession,
  now: number,
): Promise<void> => {
  const { db, settings } = archive;
  const { syncedThrough } = await readState(db);
  if (syncedThrough === undefined || now - syncedThrough < settings.freshMs) return;
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
