/** getAuditPage end to end: validate the payload, read one page (+1) from Jira as the admin, name the authors. */
import type { AuditPageAnswer, AuditRecord } from '../contract';
import { assemblePage, planPage } from '../domain/page-plan';
import { normaliseRecord } from '../jira/normalise-record';
import { getAuditRecords } from '../jira/get-audit-records';
import type { JiraDeps } from '../jira/jira-deps';
import { startJiraSession } from '../jira/jira-session';
import { parseAuditPageQuery } from './parse-audit-page-query';

/** The record without the lists it holds nothing in (what `emptyLists: false` asks for). */
const withoutEmptyLists = ({ changedValues, associatedItems, ...rest }: AuditRecord) => ({
  ...rest,
  ...(changedValues.length > 0 ? { changedValues } : {}),
  ...(associatedItems.length > 0 ? { associatedItems } : {}),
});

export const getAuditPage = async (deps: JiraDeps, payload: unknown): Promise<AuditPageAnswer> => {
  const parsed = parseAuditPageQuery(payload);
  if (!parsed.ok) return parsed;
  const { offset, limit, filter, from, to, authors: withAuthors, emptyLists } = parsed.value;
  const session = startJiraSession('user', deps);
  const plan = planPage(offset, limit);
  const search = { filter, from, to };
  const [page, probe] = await Promise.all([
    getAuditRecords(session, { ...search, ...plan.page }),
    plan.probe ? getAuditRecords(session, { ...search, ...plan.probe }) : undefined,
  ]);
  if (!page.ok) return page;
  if (probe && !probe.ok) return probe;
  const { records, hasMore } = assemblePage(page.records, probe?.records, limit);
  // A plain loop: flatMap allocated an array per record of a 1000-record page.
  const authorIds: string[] = [];
  if (withAuthors)
    for (const record of records)
      if (record.authorAccountId != null) authorIds.push(record.authorAccountId);
  const authors = await deps.authors.resolve(session, authorIds);
  const normalised = records.map((record) =>
    normaliseRecord(
      record,
      record.authorAccountId == null ? undefined : authors.get(record.authorAccountId),
    ),
  );
  return {
    ok: true,
    records: emptyLists ? normalised : normalised.map(withoutEmptyLists),
    offset,
    limit,
    hasMore,
  };
};
