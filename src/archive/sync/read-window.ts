/**
 * Reads a pinned window of Jira's audit log page by page, storing each page before saving how far it got, so a call
 * that stops anywhere leaves the next one to resume from what was committed.
 */
import type { AuditRecord, Failure } from '../../contract';
import type { JiraSession } from '../../jira/jira-session';
import type { ArchiveDeps } from '../archive-deps';
import { storeRecords } from '../store-records';
import { nameAuthors } from './name-authors';
import { readPage, type JiraWindow } from './read-page';

export interface SyncContext {
  readonly archive: ArchiveDeps;
  readonly session: JiraSession;
  /** Whether another page fits this call's time and request budget. */
  readonly mayReadPage: () => boolean;
  /** Whether one more request (an author lookup) fits. */
  readonly mayAsk: () => boolean;
}

export type WindowOutcome =
  | {
      readonly ok: true;
      readonly added: number;
      /** The window is finished (read to its end, or its reader stopped it). */
      readonly finished: boolean;
      /** Jira asked to wait (429/503 after the retries) or failed in a way that may pass: try next call. */
      readonly waiting: boolean;
    }
  | Failure;

/**
 * After each stored page `save(offset, last, records)` records progress and answers whether the window is finished.
 */
export const readWindow = async (
  { archive, session, mayReadPage, mayAsk }: SyncContext,
  window: JiraWindow,
  startOffset: number,
  save: (offset: number, last: boolean, records: readonly AuditRecord[]) => Promise<boolean>,
): Promise<WindowOutcome> => {
  let offset = startOffset;
  let added = 0;
  while (mayReadPage()) {
    const page = await readPage(session, window, offset, archive.settings.pageSize);
    if (!page.ok)
      return page.error.retryable ? { ok: true, added, finished: false, waiting: true } : page;
    const authors = page.records.flatMap((record) => record.authorAccountId ?? []);
    await nameAuthors(archive, session, authors, mayAsk);
    added += await storeRecords(archive, page.records);
    offset += page.records.length;
    if (await save(offset, page.last, page.records))
      return { ok: true, added, finished: true, waiting: false };
  }
  return { ok: true, added, finished: false, waiting: false };
};
