/** One page of a pinned window of Jira's audit log, newest first, as the contract's records. */
import type { AuditRecord, Failure } from '../../contract';
import { getAuditRecords } from '../../jira/get-audit-records';
import type { JiraSession } from '../../jira/jira-session';
import { normaliseRecord } from '../../jira/normalise-record';

/** Inclusive bounds in epoch ms; `to` is pinned when the window opens, so offsets within it never shift. */
export interface JiraWindow {
  readonly from?: number;
  readonly to: number;
}

export interface Page {
  readonly ok: true;
  readonly records: AuditRecord[];
  /** No record of the window lies beyond this page. */
  readonly last: boolean;
}

const instant = (ms: number) => new Date(ms).toISOString();

export const readPage = async (
  session: JiraSession,
  window: JiraWindow,
  offset: number,
  pageSize: number,
): Promise<Page | Failure> => {
  const answer = await getAuditRecords(session, {
    offset,
    limit: pageSize,
    to: instant(window.to),
    ...(window.from === undefined ? {} : { from: instant(window.from) }),
  });
  if (!answer.ok) return answer;
  const records = answer.records.slice(0, pageSize).map((record) => normaliseRecord(record));
  // Jira's total counts the whole site, so it bounds the window too: reaching it means nothing is left.
  const last =
    records.length < pageSize ||
    (answer.total !== undefined && offset + records.length >= answer.total);
  return { ok: true, records, last };
};
